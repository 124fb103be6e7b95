# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedEverouteClusterStatus(Model):
    __slots__ = ()
    _declared = """
agents NestedEverouteClusterAgentStatus N
conditions list[NestedEverouteClusterCondition] N
controllers NestedEverouteClusterControllerStatus N
message str N
phase EverouteClusterPhase N
reason str N
retryCount:retry_count int N
version str N
"""
