# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VirtualPrivateCloudIsolationPolicyMode(Enum):
    """Values of VirtualPrivateCloudIsolationPolicyMode in the CloudTower API."""
    ALL = 'ALL'
    PARTIAL = 'PARTIAL'
    allowable_values = ['ALL', 'PARTIAL']
