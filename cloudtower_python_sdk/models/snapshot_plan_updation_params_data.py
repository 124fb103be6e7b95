# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SnapshotPlanUpdationParamsData(Model):
    _declared = """
end_time str S
exec_h_m str S
execute_intervals list[int] S
execute_plan_type SnapshotPlanExecuteType S
name str S
remain_snapshot_num int S
vm_ids list[str] S
"""
