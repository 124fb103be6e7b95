# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class TaskType(Enum):
    """Values of TaskType in the CloudTower API."""
    APPLICATION = 'APPLICATION'
    BACKUP = 'BACKUP'
    HOST_PLUGIN = 'HOST_PLUGIN'
    REPLICATION = 'REPLICATION'
    RESOLVER = 'RESOLVER'
    SFS = 'SFS'
    allowable_values = ['APPLICATION', 'BACKUP', 'HOST_PLUGIN', 'REPLICATION', 'RESOLVER', 'SFS']
