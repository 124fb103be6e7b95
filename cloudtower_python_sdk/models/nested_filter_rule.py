# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedFilterRule(Model):
    __slots__ = ()
    _declared = """
aggregation FilterRuleAggregationEnum R
duration int R
metric FilterRuleMetricEnum R
op FilterRuleOpEnum R
quantile int R
threshold float R
"""
