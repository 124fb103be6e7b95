# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ResiliencyType(Enum):
    """Values of ResiliencyType in the CloudTower API."""
    EC = 'EC'
    REPLICA = 'REPLICA'
    allowable_values = ['EC', 'REPLICA']
