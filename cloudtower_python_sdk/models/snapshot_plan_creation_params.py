# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SnapshotPlanCreationParams(Model):
    _declared = """
cluster_id str RS
end_time str S
exec_h_m str S
execute_intervals list[int] RS
execute_plan_type SnapshotPlanExecuteType RS
name str RS
remain_snapshot_num int RS
start_time str RS
vm_ids list[str] RS
"""
