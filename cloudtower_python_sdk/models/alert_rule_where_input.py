# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class AlertRuleWhereInput(Model):
    _declared = """
AND:_and list[AlertRuleWhereInput] N
NOT:_not list[AlertRuleWhereInput] N
OR:_or list[AlertRuleWhereInput] N
cluster ClusterWhereInput N
customized bool NS
customized_not bool NS
disabled bool NS
disabled_not bool NS
global_alert_rule GlobalAlertRuleWhereInput N
id str NS
id_contains str NS
id_ends_with str NS
id_gt str NS
id_gte str NS
id_in list[str] NS
id_lt str NS
id_lte str NS
id_not str NS
id_not_contains str NS
id_not_ends_with str NS
id_not_in list[str] NS
id_not_starts_with str NS
id_starts_with str NS
local_id str NS
local_id_contains str NS
local_id_ends_with str NS
local_id_gt str NS
local_id_gte str NS
local_id_in list[str] NS
local_id_lt str NS
local_id_lte str NS
local_id_not str NS
local_id_not_contains str NS
local_id_not_ends_with str NS
local_id_not_in list[str] NS
local_id_not_starts_with str NS
local_id_starts_with str NS
"""
