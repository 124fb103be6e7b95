# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class StoreTransportType(Enum):
    """Values of StoreTransportType in the CloudTower API."""
    RDMA = 'RDMA'
    TCP = 'TCP'
    allowable_values = ['RDMA', 'TCP']
