# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ReplicationPlanType(Enum):
    """Values of ReplicationPlanType in the CloudTower API."""
    STORAGE_VOLUME = 'STORAGE_VOLUME'
    VM = 'VM'
    allowable_values = ['STORAGE_VOLUME', 'VM']
