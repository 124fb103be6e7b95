# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SecurityPolicyUpdateParams(Model):
    _declared = """
apply_to list[SecurityPolicyApplyToInput]
egress list[SecurityPolicyIngressEgressInput]
ingress list[SecurityPolicyIngressEgressInput]
is_blocklist bool S
policy_mode PolicyMode S
"""
