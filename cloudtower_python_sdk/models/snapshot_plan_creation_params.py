# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SnapshotPlanCreationParams(Model):
    __slots__ = ()
    _declared = """
cluster_id str R
end_time str
exec_h_m str
execute_intervals list[int] R
execute_plan_type SnapshotPlanExecuteType R
name str R
remain_snapshot_num int R
start_time str R
vm_ids list[str] R
"""
