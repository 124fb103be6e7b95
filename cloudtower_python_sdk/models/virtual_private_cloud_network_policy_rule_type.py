# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VirtualPrivateCloudNetworkPolicyRuleType(Enum):
    """Values of VirtualPrivateCloudNetworkPolicyRuleType in the CloudTower API."""
    ALL = 'ALL'
    IP_BLOCK = 'IP_BLOCK'
    SECURITY_GROUP = 'SECURITY_GROUP'
    SELECTOR = 'SELECTOR'
    allowable_values = ['ALL', 'IP_BLOCK', 'SECURITY_GROUP', 'SELECTOR']
