# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ReportTaskWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[ReportTaskWhereInput] N
NOT:_not list[ReportTaskWhereInput] N
OR:_or list[ReportTaskWhereInput] N
createdAt:created_at str N
createdAt_gt:created_at_gt str N
createdAt_gte:created_at_gte str N
createdAt_in:created_at_in list[str] N
createdAt_lt:created_at_lt str N
createdAt_lte:created_at_lte str N
createdAt_not:created_at_not str N
createdAt_not_in:created_at_not_in list[str] N
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
internal bool N
internal_not bool N
name str N
name_contains str N
name_ends_with str N
name_gt str N
name_gte str N
name_in list[str] N
name_lt str N
name_lte str N
name_not str N
name_not_contains str N
name_not_ends_with str N
name_not_in list[str] N
name_not_starts_with str N
name_starts_with str N
plan_id str N
plan_id_contains str N
plan_id_ends_with str N
plan_id_gt str N
plan_id_gte str N
plan_id_in list[str] N
plan_id_lt str N
plan_id_lte str N
plan_id_not str N
plan_id_not_contains str N
plan_id_not_ends_with str N
plan_id_not_in list[str] N
plan_id_not_starts_with str N
plan_id_starts_with str N
status TaskStatus N
status_in list[TaskStatus] N
status_not TaskStatus N
status_not_in list[TaskStatus] N
template ReportTemplateWhereInput N
"""
