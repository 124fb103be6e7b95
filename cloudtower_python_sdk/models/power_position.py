# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class PowerPosition(Enum):
    """Values of PowerPosition in the CloudTower API."""
    LEFT = 'LEFT'
    MIDDLE = 'MIDDLE'
    RIGHT = 'RIGHT'
    allowable_values = ['LEFT', 'MIDDLE', 'RIGHT']
