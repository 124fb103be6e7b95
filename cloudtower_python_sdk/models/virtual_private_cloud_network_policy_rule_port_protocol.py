# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VirtualPrivateCloudNetworkPolicyRulePortProtocol(Enum):
    """Values of VirtualPrivateCloudNetworkPolicyRulePortProtocol in the CloudTower API."""
    ICMP = 'ICMP'
    TCP = 'TCP'
    UDP = 'UDP'
    allowable_values = ['ICMP', 'TCP', 'UDP']
