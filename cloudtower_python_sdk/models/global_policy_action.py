# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class GlobalPolicyAction(Enum):
    """Values of GlobalPolicyAction in the CloudTower API."""
    ALLOW = 'ALLOW'
    DROP = 'DROP'
    allowable_values = ['ALLOW', 'DROP']
