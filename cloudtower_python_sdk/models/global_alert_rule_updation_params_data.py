# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class GlobalAlertRuleUpdationParamsData(Model):
    """The GlobalAlertRuleUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/GlobalAlertRuleUpdationParamsData.md.
    """
    __slots__ = ()
    disabled = F('disabled', 'bool')
    thresholds = F('thresholds', 'list[AlertRuleThresholds]')
