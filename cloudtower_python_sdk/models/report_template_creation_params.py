# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ReportTemplateCreationParams(Model):
    __slots__ = ()
    _declared = """
description str
execute_plan list[ExecutePlan] R
name str R
resource_meta list[ResourceMeta] R
"""
