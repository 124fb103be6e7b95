# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SecurityPolicyFlowControlType(Enum):
    """Values of SecurityPolicyFlowControlType in the CloudTower API."""
    ALL = 'ALL'
    allowable_values = ['ALL']
