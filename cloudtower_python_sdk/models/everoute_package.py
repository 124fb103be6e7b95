# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class EveroutePackage(Model):
    """The EveroutePackage object of the CloudTower API.

    Fields: see docs/models/EveroutePackage.md.
    """
    __slots__ = ()
    arch = F('arch', 'Architecture', F.REQUIRED)
    description = F('description', 'str', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    local_created_at = F('local_created_at', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    package_info = F('package_info', 'object', F.REQUIRED)
    size = F('size', 'int', F.REQUIRED)
    version = F('version', 'str', F.REQUIRED)
