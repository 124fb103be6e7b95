# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class GraphType(Enum):
    """Values of GraphType in the CloudTower API."""
    AREA = 'AREA'
    STACK = 'STACK'
    allowable_values = ['AREA', 'STACK']
