# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class GlobalAlertRuleUpdationParams(Model):
    """The GlobalAlertRuleUpdationParams object of the CloudTower API.

    Fields: see docs/models/GlobalAlertRuleUpdationParams.md.
    """
    __slots__ = ()
    data = F('data', 'GlobalAlertRuleUpdationParamsData', F.REQUIRED)
    where = F('where', 'GlobalAlertRuleWhereInput', F.REQUIRED)
