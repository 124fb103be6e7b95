# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VcenterAccount(Model):
    """The VcenterAccount object of the CloudTower API.

    Fields: see docs/models/VcenterAccount.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    ip = F('ip', 'str', F.REQUIRED)
    is_valid = F('is_valid', 'bool', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    port = F('port', 'int', F.REQUIRED)
    username = F('username', 'str', F.REQUIRED)
