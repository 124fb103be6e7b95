# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ReportTemplate(Model):
    """The ReportTemplate object of the CloudTower API.

    Fields: see docs/models/ReportTemplate.md.
    """
    __slots__ = ()
    created_at = F('createdAt', 'str', F.REQUIRED)
    description = F('description', 'str', F.REQUIRED)
    execute_plan = F('execute_plan', 'list[NestedExecutePlan]', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    preset = F('preset', 'str', F.NULLABLE)
    resource_meta = F('resource_meta', 'list[NestedResourceMeta]', F.REQUIRED)
    task_num = F('task_num', 'int', F.REQUIRED)
    tasks = F('tasks', 'list[NestedReportTask]', F.NULLABLE)
