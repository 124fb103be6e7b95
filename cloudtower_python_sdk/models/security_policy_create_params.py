# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SecurityPolicyCreateParams(Model):
    __slots__ = ()
    _declared = """
apply_to list[SecurityPolicyApplyToInput]
description str
egress list[SecurityPolicyIngressEgressInput]
everoute_cluster_id str R
ingress list[SecurityPolicyIngressEgressInput]
is_blocklist bool
name str R
policy_mode PolicyMode
"""
