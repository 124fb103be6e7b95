# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Task(Model):
    __slots__ = ()
    _declared = """
args object R
cluster NestedCluster N
description str R
error_code str N
error_message str N
finished_at str N
id str R
internal bool R
key str N
local_created_at str R
progress float R
resource_id str N
resource_mutation str N
resource_rollback_error str N
resource_rollback_retry_count int N
resource_rollbacked bool N
resource_type str N
snapshot str R
started_at str N
status TaskStatus R
steps list[NestedStep] R
type TaskType N
user NestedUser N
"""
