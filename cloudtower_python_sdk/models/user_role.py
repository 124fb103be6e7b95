# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class UserRole(Enum):
    """Values of UserRole in the CloudTower API."""
    ADMIN = 'ADMIN'
    READ_ONLY = 'READ_ONLY'
    ROOT = 'ROOT'
    allowable_values = ['ADMIN', 'READ_ONLY', 'ROOT']
