# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SecurityPolicyCreateParams(Model):
    _declared = """
apply_to list[SecurityPolicyApplyToInput]{1,}
description str S
egress list[SecurityPolicyIngressEgressInput]
everoute_cluster_id str RS
ingress list[SecurityPolicyIngressEgressInput]
is_blocklist bool S
name str{1,} RS
policy_mode PolicyMode S
"""
