# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class UserRolePlatform(Enum):
    """Values of UserRolePlatform in the CloudTower API."""
    MANAGEMENT = 'MANAGEMENT'
    SELF_SERVICE = 'SELF_SERVICE'
    allowable_values = ['MANAGEMENT', 'SELF_SERVICE']
