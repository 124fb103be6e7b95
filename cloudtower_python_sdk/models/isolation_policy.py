# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IsolationPolicy(Model):
    __slots__ = ()
    _declared = """
egress list[NestedNetworkPolicyRule] N
everoute_cluster NestedEverouteCluster R
id str R
ingress list[NestedNetworkPolicyRule] N
labels list[NestedLabel] N
mode IsolationMode R
statistics NestedSecurityPolicyStatistics N
vm NestedVm R
"""
