# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IsolationPolicyCreateParams(Model):
    __slots__ = ()
    _declared = """
egress list[SecurityPolicyIngressEgressInput]
everoute_cluster_id str R
ingress list[SecurityPolicyIngressEgressInput]
mode IsolationMode R
vm_id str R
"""
