# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ReplicationObjectType(Enum):
    """Values of ReplicationObjectType in the CloudTower API."""
    CONSISTENCY_GROUP = 'CONSISTENCY_GROUP'
    ISCSI_LUN = 'ISCSI_LUN'
    NVMF_NAMESPACE = 'NVMF_NAMESPACE'
    VM = 'VM'
    allowable_values = ['CONSISTENCY_GROUP', 'ISCSI_LUN', 'NVMF_NAMESPACE', 'VM']
