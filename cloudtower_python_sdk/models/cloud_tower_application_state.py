# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class CloudTowerApplicationState(Enum):
    """Values of CloudTowerApplicationState in the CloudTower API."""
    CONFIGURE_FAILED = 'CONFIGURE_FAILED'
    CONFIGURING = 'CONFIGURING'
    ERROR = 'ERROR'
    INSTALLING = 'INSTALLING'
    INSTALL_FAILED = 'INSTALL_FAILED'
    RUNNING = 'RUNNING'
    SCALE_FAILED = 'SCALE_FAILED'
    SCALING = 'SCALING'
    TERMINATE_FAILED = 'TERMINATE_FAILED'
    TERMINATING = 'TERMINATING'
    UPGRADE_FAILED = 'UPGRADE_FAILED'
    UPGRADING = 'UPGRADING'
    allowable_values = ['CONFIGURE_FAILED', 'CONFIGURING', 'ERROR', 'INSTALLING', 'INSTALL_FAILED', 'RUNNING', 'SCALE_FAILED', 'SCALING', 'TERMINATE_FAILED', 'TERMINATING', 'UPGRADE_FAILED', 'UPGRADING']
