# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class TaskUpdateParamsData(Model):
    _declared = """
args object S
cluster_id str S
description TaskDescription
error_code str S
error_message str S
finished_at str S
key str S
progress float S
resource_id str S
resource_mutation str S
resource_rollback_error str S
resource_rollback_retry_count int S
resource_rollbacked bool S
resource_type str S
snapshot str S
started_at str S
status TaskStatus S
steps list[TaskStepCreationParams]
type TaskType S
user_id str S
"""
