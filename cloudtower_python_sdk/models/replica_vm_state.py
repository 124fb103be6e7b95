# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ReplicaVmState(Enum):
    """Values of ReplicaVmState in the CloudTower API."""
    FAILBACK = 'FAILBACK'
    FAILOVER = 'FAILOVER'
    FAILOVER_TEST = 'FAILOVER_TEST'
    NOT_READY = 'NOT_READY'
    PERMANENT_FAILOVER = 'PERMANENT_FAILOVER'
    READY = 'READY'
    REPLICATING = 'REPLICATING'
    allowable_values = ['FAILBACK', 'FAILOVER', 'FAILOVER_TEST', 'NOT_READY', 'PERMANENT_FAILOVER', 'READY', 'REPLICATING']
