# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UserAuditLog(Model):
    """The UserAuditLog object of the CloudTower API.

    Fields: see docs/models/UserAuditLog.md.
    """
    __slots__ = ()
    action = F('action', 'str', F.REQUIRED)
    auth_type = F('auth_type', 'str', F.NULLABLE)
    cluster = F('cluster', 'NestedCluster', F.NULLABLE)
    created_at = F('createdAt', 'str', F.REQUIRED)
    finished_at = F('finished_at', 'str', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    ip_address = F('ip_address', 'str', F.REQUIRED)
    message = F('message', 'str', F.REQUIRED)
    resource_id = F('resource_id', 'str', F.NULLABLE)
    resource_type = F('resource_type', 'str', F.NULLABLE)
    started_at = F('started_at', 'str', F.NULLABLE)
    status = F('status', 'UserAuditLogStatus', F.NULLABLE)
    user = F('user', 'NestedUser', F.NULLABLE)
    username = F('username', 'str', F.NULLABLE)
