# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Task(Model):
    _declared = """
args object RS
cluster NestedCluster N
description str RS
error_code str NS
error_message str NS
finished_at str NS
id str RS
internal bool RS
key str NS
local_created_at str RS
progress float RS
resource_id str NS
resource_mutation str NS
resource_rollback_error str NS
resource_rollback_retry_count int NS
resource_rollbacked bool NS
resource_type str NS
snapshot str RS
started_at str NS
status TaskStatus RS
steps list[NestedStep] R
type TaskType NS
user NestedUser N
"""
