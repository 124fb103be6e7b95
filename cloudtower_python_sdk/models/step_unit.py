# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class StepUnit(Enum):
    """Values of StepUnit in the CloudTower API."""
    BIT = 'BIT'
    BYTE = 'BYTE'
    COUNT = 'COUNT'
    PERCENT = 'PERCENT'
    allowable_values = ['BIT', 'BYTE', 'COUNT', 'PERCENT']
