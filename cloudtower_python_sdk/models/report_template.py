# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ReportTemplate(Model):
    _declared = """
createdAt:created_at str RS
description str RS
execute_plan list[NestedExecutePlan] R
id str RS
name str RS
preset str NS
resource_meta list[NestedResourceMeta] R
task_num int RS
tasks list[NestedReportTask] N
"""
