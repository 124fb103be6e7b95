# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NfsExportUpdationParamsData(Model):
    """The NfsExportUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/NfsExportUpdationParamsData.md.
    """
    __slots__ = ()
    ip_whitelist = F('ip_whitelist', 'str')
    name = F('name', 'str')
