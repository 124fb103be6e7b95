# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class TaskCreationParams(Model):
    __slots__ = ()
    _declared = """
api_key_name str
args object
cluster_id str
description TaskDescription R
finished_at str
id str
internal bool
key str
resource_id str
resource_mutation str R
resource_type str R
snapshot str
started_at str
status TaskStatus
steps list[TaskStepCreationParams]
type TaskType
user_id str R
"""
