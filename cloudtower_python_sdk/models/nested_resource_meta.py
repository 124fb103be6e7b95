# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedResourceMeta(Model):
    """The NestedResourceMeta object of the CloudTower API.

    Fields: see docs/models/NestedResourceMeta.md.
    """
    __slots__ = ()
    fields = F('fields', 'list[str]', F.REQUIRED)
    filter = F('filter', 'object', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    type = F('type', 'ReportResourceInputEnum', F.REQUIRED)
