# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class LogCollectionServiceGroupParams(Model):
    """The LogCollectionServiceGroupParams object of the CloudTower API.

    Fields: see docs/models/LogCollectionServiceGroupParams.md.
    """
    __slots__ = ()
    group_name = F('group_name', 'str', F.REQUIRED)
    services = F('services', 'list[str]')
