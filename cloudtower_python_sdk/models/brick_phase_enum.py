# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BrickPhaseEnum(Enum):
    """Values of BrickPhaseEnum in the CloudTower API."""
    BACKWARD = 'BACKWARD'
    FORWARD = 'FORWARD'
    allowable_values = ['BACKWARD', 'FORWARD']
