# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class GraphType(Enum):
    """Values of GraphType in the CloudTower API."""
    AREA = 'AREA'
    STACK = 'STACK'
    allowable_values = ['AREA', 'STACK']
