# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VirtualPrivateCloudSecurityPolicyMode(Enum):
    """Values of VirtualPrivateCloudSecurityPolicyMode in the CloudTower API."""
    MONITOR = 'MONITOR'
    WORK = 'WORK'
    allowable_values = ['MONITOR', 'WORK']
