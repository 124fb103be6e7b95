# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IsolationPolicyCreateParams(Model):
    _declared = """
egress list[SecurityPolicyIngressEgressInput]
everoute_cluster_id str RS
ingress list[SecurityPolicyIngressEgressInput]
mode IsolationMode RS
vm_id str RS
"""
