# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IsolationPolicy(Model):
    _declared = """
egress list[NestedNetworkPolicyRule] N
everoute_cluster NestedEverouteCluster R
id str RS
ingress list[NestedNetworkPolicyRule] N
labels list[NestedLabel] N
mode IsolationMode RS
statistics NestedSecurityPolicyStatistics N
vm NestedVm R
"""
