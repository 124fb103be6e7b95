# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ObservabilityConnectedSystemServiceType(Enum):
    """Values of ObservabilityConnectedSystemServiceType in the CloudTower API."""
    BACKUP_SERVICE = 'BACKUP_SERVICE'
    CLOUDTOWER = 'CLOUDTOWER'
    EVEROUTE_SERVICE = 'EVEROUTE_SERVICE'
    OBSERVABILITY_SERVICE = 'OBSERVABILITY_SERVICE'
    REPLICATION_SERVICE = 'REPLICATION_SERVICE'
    SFS_SERVICE = 'SFS_SERVICE'
    SKS_SERVICE = 'SKS_SERVICE'
    allowable_values = ['BACKUP_SERVICE', 'CLOUDTOWER', 'EVEROUTE_SERVICE', 'OBSERVABILITY_SERVICE', 'REPLICATION_SERVICE', 'SFS_SERVICE', 'SKS_SERVICE']
