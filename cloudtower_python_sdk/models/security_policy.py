# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SecurityPolicy(Model):
    __slots__ = ()
    _declared = """
apply_to list[NestedSecurityPolicyApply] R
description str R
egress list[NestedNetworkPolicyRule] N
everoute_cluster NestedEverouteCluster R
id str R
ingress list[NestedNetworkPolicyRule] N
is_blocklist bool R
name str R
policy_mode PolicyMode N
statistics NestedSecurityPolicyStatistics N
"""
