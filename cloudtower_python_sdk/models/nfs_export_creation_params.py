# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NfsExportCreationParams(Model):
    """The NfsExportCreationParams object of the CloudTower API.

    Fields: see docs/models/NfsExportCreationParams.md.
    """
    __slots__ = ()
    cluster_id = F('cluster_id', 'str', F.REQUIRED)
    ip_whitelist = F('ip_whitelist', 'str')
    name = F('name', 'str', F.REQUIRED)
    replica_num = F('replica_num', 'int', F.REQUIRED)
    thin_provision = F('thin_provision', 'bool', F.REQUIRED)
