# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ReportTemplate(Model):
    __slots__ = ()
    _declared = """
createdAt:created_at str R
description str R
execute_plan list[NestedExecutePlan] R
id str R
name str R
preset str N
resource_meta list[NestedResourceMeta] R
task_num int R
tasks list[NestedReportTask] N
"""
