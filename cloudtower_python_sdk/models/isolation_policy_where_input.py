# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IsolationPolicyWhereInput(Model):
    _declared = """
AND:_and list[IsolationPolicyWhereInput] N
NOT:_not list[IsolationPolicyWhereInput] N
OR:_or list[IsolationPolicyWhereInput] N
everoute_cluster EverouteClusterWhereInput N
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
labels_every LabelWhereInput N
labels_none LabelWhereInput N
labels_some LabelWhereInput N
mode IsolationMode NS
mode_in list[IsolationMode] NS
mode_not IsolationMode NS
mode_not_in list[IsolationMode] NS
statistics SecurityPolicyStatisticsWhereInput N
vm VmWhereInput N
"""
