# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class IsolationPolicyCreateParams(Model):
    """The IsolationPolicyCreateParams object of the CloudTower API.

    Fields: see docs/models/IsolationPolicyCreateParams.md.
    """
    __slots__ = ()
    egress = F('egress', 'list[SecurityPolicyIngressEgressInput]')
    everoute_cluster_id = F('everoute_cluster_id', 'str', F.REQUIRED)
    ingress = F('ingress', 'list[SecurityPolicyIngressEgressInput]')
    mode = F('mode', 'IsolationMode', F.REQUIRED)
    vm_id = F('vm_id', 'str', F.REQUIRED)
