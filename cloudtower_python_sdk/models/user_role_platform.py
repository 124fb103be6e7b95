# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class UserRolePlatform(Enum):
    """Values of UserRolePlatform in the CloudTower API."""
    MANAGEMENT = 'MANAGEMENT'
    SELF_SERVICE = 'SELF_SERVICE'
    allowable_values = ['MANAGEMENT', 'SELF_SERVICE']
