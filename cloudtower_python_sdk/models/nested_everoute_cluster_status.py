# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedEverouteClusterStatus(Model):
    _declared = """
agents NestedEverouteClusterAgentStatus N
conditions list[NestedEverouteClusterCondition] N
controllers NestedEverouteClusterControllerStatus N
message str NS
phase EverouteClusterPhase NS
reason str NS
retryCount:retry_count int NS
version str NS
"""
