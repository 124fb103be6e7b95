# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class AlertRuleWhereInput(Model):
    """The AlertRuleWhereInput object of the CloudTower API.

    Fields: see docs/models/AlertRuleWhereInput.md.
    """
    __slots__ = ()
    _and = F('AND', 'list[AlertRuleWhereInput]', F.NULLABLE)
    _not = F('NOT', 'list[AlertRuleWhereInput]', F.NULLABLE)
    _or = F('OR', 'list[AlertRuleWhereInput]', F.NULLABLE)
    cluster = F('cluster', 'ClusterWhereInput', F.NULLABLE)
    customized = F('customized', 'bool', F.NULLABLE)
    customized_not = F('customized_not', 'bool', F.NULLABLE)
    disabled = F('disabled', 'bool', F.NULLABLE)
    disabled_not = F('disabled_not', 'bool', F.NULLABLE)
    global_alert_rule = F('global_alert_rule', 'GlobalAlertRuleWhereInput', F.NULLABLE)
    id = F('id', 'str', F.NULLABLE)
    id_contains = F('id_contains', 'str', F.NULLABLE)
    id_ends_with = F('id_ends_with', 'str', F.NULLABLE)
    id_gt = F('id_gt', 'str', F.NULLABLE)
    id_gte = F('id_gte', 'str', F.NULLABLE)
    id_in = F('id_in', 'list[str]', F.NULLABLE)
    id_lt = F('id_lt', 'str', F.NULLABLE)
    id_lte = F('id_lte', 'str', F.NULLABLE)
    id_not = F('id_not', 'str', F.NULLABLE)
    id_not_contains = F('id_not_contains', 'str', F.NULLABLE)
    id_not_ends_with = F('id_not_ends_with', 'str', F.NULLABLE)
    id_not_in = F('id_not_in', 'list[str]', F.NULLABLE)
    id_not_starts_with = F('id_not_starts_with', 'str', F.NULLABLE)
    id_starts_with = F('id_starts_with', 'str', F.NULLABLE)
    local_id = F('local_id', 'str', F.NULLABLE)
    local_id_contains = F('local_id_contains', 'str', F.NULLABLE)
    local_id_ends_with = F('local_id_ends_with', 'str', F.NULLABLE)
    local_id_gt = F('local_id_gt', 'str', F.NULLABLE)
    local_id_gte = F('local_id_gte', 'str', F.NULLABLE)
    local_id_in = F('local_id_in', 'list[str]', F.NULLABLE)
    local_id_lt = F('local_id_lt', 'str', F.NULLABLE)
    local_id_lte = F('local_id_lte', 'str', F.NULLABLE)
    local_id_not = F('local_id_not', 'str', F.NULLABLE)
    local_id_not_contains = F('local_id_not_contains', 'str', F.NULLABLE)
    local_id_not_ends_with = F('local_id_not_ends_with', 'str', F.NULLABLE)
    local_id_not_in = F('local_id_not_in', 'list[str]', F.NULLABLE)
    local_id_not_starts_with = F('local_id_not_starts_with', 'str', F.NULLABLE)
    local_id_starts_with = F('local_id_starts_with', 'str', F.NULLABLE)
