# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class EntityAsyncStatus(Enum):
    """Values of EntityAsyncStatus in the CloudTower API."""
    CREATING = 'CREATING'
    DELETING = 'DELETING'
    UPDATING = 'UPDATING'
    allowable_values = ['CREATING', 'DELETING', 'UPDATING']
