# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ReporteTemplateGenerationParams(Model):
    """The ReporteTemplateGenerationParams object of the CloudTower API.

    Fields: see docs/models/ReporteTemplateGenerationParams.md.
    """
    __slots__ = ()
    where = F('where', 'ReportTemplateWhereInput', F.REQUIRED)
