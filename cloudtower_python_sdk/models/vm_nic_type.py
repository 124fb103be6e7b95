# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmNicType(Enum):
    """Values of VmNicType in the CloudTower API."""
    VLAN = 'VLAN'
    VPC = 'VPC'
    allowable_values = ['VLAN', 'VPC']
