# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ReportTask(Model):
    __slots__ = ()
    _declared = """
createdAt:created_at str R
id str R
internal bool R
name str R
plan_id str N
status TaskStatus R
template NestedReportTemplate R
"""
