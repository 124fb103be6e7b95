# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class NetworkPolicyRulePortProtocol(Enum):
    """Values of NetworkPolicyRulePortProtocol in the CloudTower API."""
    ALG = 'ALG'
    ICMP = 'ICMP'
    IPIP = 'IPIP'
    TCP = 'TCP'
    UDP = 'UDP'
    allowable_values = ['ALG', 'ICMP', 'IPIP', 'TCP', 'UDP']
