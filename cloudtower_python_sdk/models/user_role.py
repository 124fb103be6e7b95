# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class UserRole(Enum):
    """Values of UserRole in the CloudTower API."""
    ADMIN = 'ADMIN'
    READ_ONLY = 'READ_ONLY'
    ROOT = 'ROOT'
    allowable_values = ['ADMIN', 'READ_ONLY', 'ROOT']
