# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class EntityType(Enum):
    """Values of EntityType in the CloudTower API."""
    VM = 'VM'
    allowable_values = ['VM']
