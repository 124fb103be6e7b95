# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ReplicationTargetExecutionCreation(Enum):
    """Values of ReplicationTargetExecutionCreation in the CloudTower API."""
    FAILBACK = 'FAILBACK'
    FAILOVER = 'FAILOVER'
    REPLICATION = 'REPLICATION'
    allowable_values = ['FAILBACK', 'FAILOVER', 'REPLICATION']
