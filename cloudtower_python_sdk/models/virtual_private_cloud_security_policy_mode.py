# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VirtualPrivateCloudSecurityPolicyMode(Enum):
    """Values of VirtualPrivateCloudSecurityPolicyMode in the CloudTower API."""
    MONITOR = 'MONITOR'
    WORK = 'WORK'
    allowable_values = ['MONITOR', 'WORK']
