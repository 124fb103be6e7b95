# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class AlertRuleWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[AlertRuleWhereInput] N
NOT:_not list[AlertRuleWhereInput] N
OR:_or list[AlertRuleWhereInput] N
cluster ClusterWhereInput N
customized bool N
customized_not bool N
disabled bool N
disabled_not bool N
global_alert_rule GlobalAlertRuleWhereInput N
id str N
id_contains str N
id_ends_with str N
id_gt str N
id_gte str N
id_in list[str] N
id_lt str N
id_lte str N
id_not str N
id_not_contains str N
id_not_ends_with str N
id_not_in list[str] N
id_not_starts_with str N
id_starts_with str N
local_id str N
local_id_contains str N
local_id_ends_with str N
local_id_gt str N
local_id_gte str N
local_id_in list[str] N
local_id_lt str N
local_id_lte str N
local_id_not str N
local_id_not_contains str N
local_id_not_ends_with str N
local_id_not_in list[str] N
local_id_not_starts_with str N
local_id_starts_with str N
"""
