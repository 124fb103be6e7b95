# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class Direction(Enum):
    """Values of Direction in the CloudTower API."""
    HORIZONTAL = 'HORIZONTAL'
    VERTICAL = 'VERTICAL'
    allowable_values = ['HORIZONTAL', 'VERTICAL']
