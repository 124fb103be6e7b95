# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Alert(Model):
    __slots__ = ()
    _declared = """
alert_rule NestedAlertRule N
cause str R
cluster NestedCluster N
create_time str N
disk NestedDisk N
ended bool R
host NestedHost N
id str R
impact str R
labels object R
local_create_time str R
local_end_time str R
local_id str R
local_start_time str R
local_update_time str R
message str R
severity str R
solution str R
threshold float R
value float R
vms list[NestedVm] N
"""
