# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ResiliencyType(Enum):
    """Values of ResiliencyType in the CloudTower API."""
    EC = 'EC'
    REPLICA = 'REPLICA'
    allowable_values = ['EC', 'REPLICA']
