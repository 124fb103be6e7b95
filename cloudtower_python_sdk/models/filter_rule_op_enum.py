# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class FilterRuleOpEnum(Enum):
    """Values of FilterRuleOpEnum in the CloudTower API."""
    GT = 'GT'
    GTE = 'GTE'
    LT = 'LT'
    LTE = 'LTE'
    allowable_values = ['GT', 'GTE', 'LT', 'LTE']
