# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Alert(Model):
    _declared = """
alert_rule NestedAlertRule N
cause str RS
cluster NestedCluster N
create_time str NS
disk NestedDisk N
ended bool RS
host NestedHost N
id str RS
impact str RS
labels object RS
local_create_time str RS
local_end_time str RS
local_id str RS
local_start_time str RS
local_update_time str RS
message str RS
severity str RS
solution str RS
threshold float RS
value float RS
vms list[NestedVm] N
"""
