# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ReportTask(Model):
    """The ReportTask object of the CloudTower API.

    Fields: see docs/models/ReportTask.md.
    """
    __slots__ = ()
    created_at = F('createdAt', 'str', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    internal = F('internal', 'bool', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    plan_id = F('plan_id', 'str', F.NULLABLE)
    status = F('status', 'TaskStatus', F.REQUIRED)
    template = F('template', 'NestedReportTemplate', F.REQUIRED)
