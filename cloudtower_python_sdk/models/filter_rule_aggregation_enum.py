# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class FilterRuleAggregationEnum(Enum):
    """Values of FilterRuleAggregationEnum in the CloudTower API."""
    AVG = 'AVG'
    MAX = 'MAX'
    MIN = 'MIN'
    QUANTILE = 'QUANTILE'
    SUM = 'SUM'
    allowable_values = ['AVG', 'MAX', 'MIN', 'QUANTILE', 'SUM']
