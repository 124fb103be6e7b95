# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ReportTemplateCreationParams(Model):
    """The ReportTemplateCreationParams object of the CloudTower API.

    Fields: see docs/models/ReportTemplateCreationParams.md.
    """
    __slots__ = ()
    description = F('description', 'str')
    execute_plan = F('execute_plan', 'list[ExecutePlan]', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    resource_meta = F('resource_meta', 'list[ResourceMeta]', F.REQUIRED)
