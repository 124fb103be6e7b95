# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SnmpVersion(Enum):
    """Values of SnmpVersion in the CloudTower API."""
    V2C = 'V2C'
    V3 = 'V3'
    allowable_values = ['V2C', 'V3']
