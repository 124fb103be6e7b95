# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class PciDeviceType(Enum):
    """Values of PciDeviceType in the CloudTower API."""
    HSM = 'HSM'
    allowable_values = ['HSM']
