# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupServiceStatus(Enum):
    """Values of BackupServiceStatus in the CloudTower API."""
    ERROR = 'ERROR'
    INITIALIZING = 'INITIALIZING'
    INSTALLING = 'INSTALLING'
    INSTALL_FAILED = 'INSTALL_FAILED'
    RUNNING = 'RUNNING'
    TERMINATE_FAILED = 'TERMINATE_FAILED'
    TERMINATING = 'TERMINATING'
    UPGRADE_FAILED = 'UPGRADE_FAILED'
    UPGRADING = 'UPGRADING'
    allowable_values = ['ERROR', 'INITIALIZING', 'INSTALLING', 'INSTALL_FAILED', 'RUNNING', 'TERMINATE_FAILED', 'TERMINATING', 'UPGRADE_FAILED', 'UPGRADING']
