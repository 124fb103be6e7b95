# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedFilterRule(Model):
    """The NestedFilterRule object of the CloudTower API.

    Fields: see docs/models/NestedFilterRule.md.
    """
    __slots__ = ()
    aggregation = F('aggregation', 'FilterRuleAggregationEnum', F.REQUIRED)
    duration = F('duration', 'int', F.REQUIRED)
    metric = F('metric', 'FilterRuleMetricEnum', F.REQUIRED)
    op = F('op', 'FilterRuleOpEnum', F.REQUIRED)
    quantile = F('quantile', 'int', F.REQUIRED)
    threshold = F('threshold', 'float', F.REQUIRED)
