# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedEverouteControllerStatus(Model):
    __slots__ = ()
    _declared = """
ipAddr:ip_addr str N
isHealth:is_health bool R
message str N
metrics NestedEverouteClusterVMMetrics N
phase EverouteClusterPhase N
reason str N
vm NestedVm N
vmID:vm_id str N
"""
