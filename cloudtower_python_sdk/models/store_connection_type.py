# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class StoreConnectionType(Enum):
    """Values of StoreConnectionType in the CloudTower API."""
    ISCSI = 'ISCSI'
    NVME = 'NVMe'
    allowable_values = ['ISCSI', 'NVMe']
