# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ReportTemplateUpdationParamsData(Model):
    _declared = """
description str S
execute_plan list[ExecutePlan]
name str S
resource_meta list[ResourceMeta]
"""
