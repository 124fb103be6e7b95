# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class Task(Model):
    """The Task object of the CloudTower API.

    Fields: see docs/models/Task.md.
    """
    __slots__ = ()
    args = F('args', 'object', F.REQUIRED)
    cluster = F('cluster', 'NestedCluster', F.NULLABLE)
    description = F('description', 'str', F.REQUIRED)
    error_code = F('error_code', 'str', F.NULLABLE)
    error_message = F('error_message', 'str', F.NULLABLE)
    finished_at = F('finished_at', 'str', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    internal = F('internal', 'bool', F.REQUIRED)
    key = F('key', 'str', F.NULLABLE)
    local_created_at = F('local_created_at', 'str', F.REQUIRED)
    progress = F('progress', 'float', F.REQUIRED)
    resource_id = F('resource_id', 'str', F.NULLABLE)
    resource_mutation = F('resource_mutation', 'str', F.NULLABLE)
    resource_rollback_error = F('resource_rollback_error', 'str', F.NULLABLE)
    resource_rollback_retry_count = F('resource_rollback_retry_count', 'int', F.NULLABLE)
    resource_rollbacked = F('resource_rollbacked', 'bool', F.NULLABLE)
    resource_type = F('resource_type', 'str', F.NULLABLE)
    snapshot = F('snapshot', 'str', F.REQUIRED)
    started_at = F('started_at', 'str', F.NULLABLE)
    status = F('status', 'TaskStatus', F.REQUIRED)
    steps = F('steps', 'list[NestedStep]', F.REQUIRED)
    type = F('type', 'TaskType', F.NULLABLE)
    user = F('user', 'NestedUser', F.NULLABLE)
