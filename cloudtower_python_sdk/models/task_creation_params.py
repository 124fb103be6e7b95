# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class TaskCreationParams(Model):
    """The TaskCreationParams object of the CloudTower API.

    Fields: see docs/models/TaskCreationParams.md.
    """
    __slots__ = ()
    api_key_name = F('api_key_name', 'str')
    args = F('args', 'object')
    cluster_id = F('cluster_id', 'str')
    description = F('description', 'TaskDescription', F.REQUIRED)
    finished_at = F('finished_at', 'str')
    id = F('id', 'str')
    internal = F('internal', 'bool')
    key = F('key', 'str')
    resource_id = F('resource_id', 'str')
    resource_mutation = F('resource_mutation', 'str', F.REQUIRED)
    resource_type = F('resource_type', 'str', F.REQUIRED)
    snapshot = F('snapshot', 'str')
    started_at = F('started_at', 'str')
    status = F('status', 'TaskStatus')
    steps = F('steps', 'list[TaskStepCreationParams]')
    type = F('type', 'TaskType')
    user_id = F('user_id', 'str', F.REQUIRED)
