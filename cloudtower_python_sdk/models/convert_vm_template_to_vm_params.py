# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ConvertVmTemplateToVmParams(Model):
    """The ConvertVmTemplateToVmParams object of the CloudTower API.

    Fields: see docs/models/ConvertVmTemplateToVmParams.md.
    """
    __slots__ = ()
    converted_from_template_id = F('converted_from_template_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
