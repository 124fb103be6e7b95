# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ReportTaskWhereInput(Model):
    _declared = """
AND:_and list[ReportTaskWhereInput] N
NOT:_not list[ReportTaskWhereInput] N
OR:_or list[ReportTaskWhereInput] N
createdAt:created_at str NS
createdAt_gt:created_at_gt str NS
createdAt_gte:created_at_gte str NS
createdAt_in:created_at_in list[str] NS
createdAt_lt:created_at_lt str NS
createdAt_lte:created_at_lte str NS
createdAt_not:created_at_not str NS
createdAt_not_in:created_at_not_in list[str] NS
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
internal bool NS
internal_not bool NS
name str NS
name_contains str NS
name_ends_with str NS
name_gt str NS
name_gte str NS
name_in list[str] NS
name_lt str NS
name_lte str NS
name_not str NS
name_not_contains str NS
name_not_ends_with str NS
name_not_in list[str] NS
name_not_starts_with str NS
name_starts_with str NS
plan_id str NS
plan_id_contains str NS
plan_id_ends_with str NS
plan_id_gt str NS
plan_id_gte str NS
plan_id_in list[str] NS
plan_id_lt str NS
plan_id_lte str NS
plan_id_not str NS
plan_id_not_contains str NS
plan_id_not_ends_with str NS
plan_id_not_in list[str] NS
plan_id_not_starts_with str NS
plan_id_starts_with str NS
status TaskStatus NS
status_in list[TaskStatus] NS
status_not TaskStatus NS
status_not_in list[TaskStatus] NS
template ReportTemplateWhereInput N
"""
