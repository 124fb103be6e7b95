# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedEverouteControllerStatus(Model):
    _declared = """
ipAddr:ip_addr str NS
isHealth:is_health bool RS
message str NS
metrics NestedEverouteClusterVMMetrics N
phase EverouteClusterPhase NS
reason str NS
vm NestedVm N
vmID:vm_id str NS
"""
