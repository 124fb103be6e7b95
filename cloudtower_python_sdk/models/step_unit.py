# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class StepUnit(Enum):
    """Values of StepUnit in the CloudTower API."""
    BIT = 'BIT'
    BYTE = 'BYTE'
    COUNT = 'COUNT'
    PERCENT = 'PERCENT'
    allowable_values = ['BIT', 'BYTE', 'COUNT', 'PERCENT']
