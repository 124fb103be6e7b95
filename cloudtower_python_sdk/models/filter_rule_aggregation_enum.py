# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class FilterRuleAggregationEnum(Enum):
    """Values of FilterRuleAggregationEnum in the CloudTower API."""
    AVG = 'AVG'
    MAX = 'MAX'
    MIN = 'MIN'
    QUANTILE = 'QUANTILE'
    SUM = 'SUM'
    allowable_values = ['AVG', 'MAX', 'MIN', 'QUANTILE', 'SUM']
