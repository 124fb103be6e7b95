# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class GlobalPolicyAction(Enum):
    """Values of GlobalPolicyAction in the CloudTower API."""
    ALLOW = 'ALLOW'
    DROP = 'DROP'
    allowable_values = ['ALLOW', 'DROP']
