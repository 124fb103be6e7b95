# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class NvmfSubsystemPolicyType(Enum):
    """Values of NvmfSubsystemPolicyType in the CloudTower API."""
    BALANCE = 'BALANCE'
    INHERIT = 'INHERIT'
    allowable_values = ['BALANCE', 'INHERIT']
