# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ApplicationVmSpecPlacementSituation(Enum):
    """Values of ApplicationVmSpecPlacementSituation in the CloudTower API."""
    DIFFERENT = 'DIFFERENT'
    SAME = 'SAME'
    allowable_values = ['DIFFERENT', 'SAME']
