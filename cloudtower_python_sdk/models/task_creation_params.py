# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class TaskCreationParams(Model):
    _declared = """
api_key_name str S
args object S
cluster_id str S
description TaskDescription R
finished_at str S
id str S
internal bool S
key str S
resource_id str S
resource_mutation str{1,} RS
resource_type str{1,} RS
snapshot str S
started_at str S
status TaskStatus S
steps list[TaskStepCreationParams]
type TaskType S
user_id str RS
"""
