# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class PciDevicePartitionState(Enum):
    """Values of PciDevicePartitionState in the CloudTower API."""
    ENABLED = 'ENABLED'
    NOT_ENABLED = 'NOT_ENABLED'
    NOT_SUPPORT = 'NOT_SUPPORT'
    allowable_values = ['ENABLED', 'NOT_ENABLED', 'NOT_SUPPORT']
