# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedEverouteAgentStatus(Model):
    __slots__ = ()
    _declared = """
host NestedHost N
hostID:host_id str N
ipAddr:ip_addr str N
isHealth:is_health bool R
message str N
phase EverouteClusterPhase N
reason str N
"""
