# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedEverouteAgentStatus(Model):
    _declared = """
host NestedHost N
hostID:host_id str NS
ipAddr:ip_addr str NS
isHealth:is_health bool RS
message str NS
phase EverouteClusterPhase NS
reason str NS
"""
