# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class CloudInitNetworkTypeEnum(Enum):
    """Values of CloudInitNetworkTypeEnum in the CloudTower API."""
    IPV4 = 'IPV4'
    IPV4_DHCP = 'IPV4_DHCP'
    allowable_values = ['IPV4', 'IPV4_DHCP']
