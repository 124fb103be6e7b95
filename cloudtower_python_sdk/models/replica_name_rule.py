# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ReplicaNameRule(Enum):
    """Values of ReplicaNameRule in the CloudTower API."""
    ORIGIN = 'ORIGIN'
    PREFIX = 'PREFIX'
    SUFFIX = 'SUFFIX'
    allowable_values = ['ORIGIN', 'PREFIX', 'SUFFIX']
