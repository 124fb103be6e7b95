# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class TaskUpdateParamsData(Model):
    """The TaskUpdateParamsData object of the CloudTower API.

    Fields: see docs/models/TaskUpdateParamsData.md.
    """
    __slots__ = ()
    args = F('args', 'object')
    cluster_id = F('cluster_id', 'str')
    description = F('description', 'TaskDescription')
    error_code = F('error_code', 'str')
    error_message = F('error_message', 'str')
    finished_at = F('finished_at', 'str')
    key = F('key', 'str')
    progress = F('progress', 'float')
    resource_id = F('resource_id', 'str')
    resource_mutation = F('resource_mutation', 'str')
    resource_rollback_error = F('resource_rollback_error', 'str')
    resource_rollback_retry_count = F('resource_rollback_retry_count', 'int')
    resource_rollbacked = F('resource_rollbacked', 'bool')
    resource_type = F('resource_type', 'str')
    snapshot = F('snapshot', 'str')
    started_at = F('started_at', 'str')
    status = F('status', 'TaskStatus')
    steps = F('steps', 'list[TaskStepCreationParams]')
    type = F('type', 'TaskType')
    user_id = F('user_id', 'str')
