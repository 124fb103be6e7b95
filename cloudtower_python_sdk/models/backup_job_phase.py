# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupJobPhase(Enum):
    """Values of BackupJobPhase in the CloudTower API."""
    ABORTED = 'ABORTED'
    ABORTING = 'ABORTING'
    FINALIZING = 'FINALIZING'
    INITIALIZING = 'INITIALIZING'
    PAUSED = 'PAUSED'
    RUNNING = 'RUNNING'
    SKIPPED = 'SKIPPED'
    SUCCESS = 'SUCCESS'
    allowable_values = ['ABORTED', 'ABORTING', 'FINALIZING', 'INITIALIZING', 'PAUSED', 'RUNNING', 'SKIPPED', 'SUCCESS']
