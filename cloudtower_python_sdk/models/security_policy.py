# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SecurityPolicy(Model):
    _declared = """
apply_to list[NestedSecurityPolicyApply] R
description str RS
egress list[NestedNetworkPolicyRule] N
everoute_cluster NestedEverouteCluster R
id str RS
ingress list[NestedNetworkPolicyRule] N
is_blocklist bool RS
name str RS
policy_mode PolicyMode NS
statistics NestedSecurityPolicyStatistics N
"""
