# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UserAuditLogCreationParams(Model):
    """The UserAuditLogCreationParams object of the CloudTower API.

    Fields: see docs/models/UserAuditLogCreationParams.md.
    """
    __slots__ = ()
    action = F('action', 'str', F.REQUIRED)
    api_key_name = F('api_key_name', 'str')
    cluster_id = F('cluster_id', 'str')
    finished_at = F('finished_at', 'str')
    id = F('id', 'str')
    ip_address = F('ip_address', 'str')
    key = F('key', 'str')
    message = F('message', 'UserAuditLogMessage', F.REQUIRED)
    resource_id = F('resource_id', 'str')
    resource_type = F('resource_type', 'str', F.REQUIRED)
    started_at = F('started_at', 'str')
    status = F('status', 'UserAuditLogStatus', F.REQUIRED)
    user_id = F('user_id', 'str', F.REQUIRED)
