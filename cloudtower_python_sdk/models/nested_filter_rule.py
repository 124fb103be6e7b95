# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedFilterRule(Model):
    _declared = """
aggregation FilterRuleAggregationEnum RS
duration int RS
metric FilterRuleMetricEnum RS
op FilterRuleOpEnum RS
quantile int RS
threshold float RS
"""
