# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ReportTask(Model):
    _declared = """
createdAt:created_at str RS
id str RS
internal bool RS
name str RS
plan_id str NS
status TaskStatus RS
template NestedReportTemplate R
"""
