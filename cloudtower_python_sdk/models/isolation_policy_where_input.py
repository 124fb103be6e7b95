# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IsolationPolicyWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[IsolationPolicyWhereInput] N
NOT:_not list[IsolationPolicyWhereInput] N
OR:_or list[IsolationPolicyWhereInput] N
everoute_cluster EverouteClusterWhereInput N
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
labels_every LabelWhereInput N
labels_none LabelWhereInput N
labels_some LabelWhereInput N
mode IsolationMode N
mode_in list[IsolationMode] N
mode_not IsolationMode N
mode_not_in list[IsolationMode] N
statistics SecurityPolicyStatisticsWhereInput N
vm VmWhereInput N
"""
