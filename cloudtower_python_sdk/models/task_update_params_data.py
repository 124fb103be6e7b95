# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class TaskUpdateParamsData(Model):
    __slots__ = ()
    _declared = """
args object
cluster_id str
description TaskDescription
error_code str
error_message str
finished_at str
key str
progress float
resource_id str
resource_mutation str
resource_rollback_error str
resource_rollback_retry_count int
resource_rollbacked bool
resource_type str
snapshot str
started_at str
status TaskStatus
steps list[TaskStepCreationParams]
type TaskType
user_id str
"""
