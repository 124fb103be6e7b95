# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class EntityAsyncStatus(Enum):
    """Values of EntityAsyncStatus in the CloudTower API."""
    CREATING = 'CREATING'
    DELETING = 'DELETING'
    UPDATING = 'UPDATING'
    allowable_values = ['CREATING', 'DELETING', 'UPDATING']
