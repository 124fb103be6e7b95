# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SnapshotPlanUpdationParamsData(Model):
    __slots__ = ()
    _declared = """
end_time str
exec_h_m str
execute_intervals list[int]
execute_plan_type SnapshotPlanExecuteType
name str
remain_snapshot_num int
vm_ids list[str]
"""
