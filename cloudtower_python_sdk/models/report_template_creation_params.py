# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ReportTemplateCreationParams(Model):
    _declared = """
description str S
execute_plan list[ExecutePlan] R
name str RS
resource_meta list[ResourceMeta] R
"""
