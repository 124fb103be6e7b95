# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class PasswordComplexity(Enum):
    """Values of PasswordComplexity in the CloudTower API."""
    HIGH = 'HIGH'
    LOW = 'LOW'
    MIDDLE = 'MIDDLE'
    allowable_values = ['HIGH', 'LOW', 'MIDDLE']
