# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SystemAuditLog(Model):
    """The SystemAuditLog object of the CloudTower API.

    Fields: see docs/models/SystemAuditLog.md.
    """
    __slots__ = ()
    action = F('action', 'str', F.REQUIRED)
    cluster = F('cluster', 'NestedCluster', F.NULLABLE)
    finished_at = F('finished_at', 'str', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    local_created_at = F('local_created_at', 'str', F.NULLABLE)
    local_id = F('local_id', 'str', F.REQUIRED)
    message = F('message', 'str', F.REQUIRED)
    resource_id = F('resource_id', 'str', F.NULLABLE)
    status = F('status', 'UserAuditLogStatus', F.NULLABLE)
