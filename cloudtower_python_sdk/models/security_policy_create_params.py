# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SecurityPolicyCreateParams(Model):
    """The SecurityPolicyCreateParams object of the CloudTower API.

    Fields: see docs/models/SecurityPolicyCreateParams.md.
    """
    __slots__ = ()
    apply_to = F('apply_to', 'list[SecurityPolicyApplyToInput]')
    description = F('description', 'str')
    egress = F('egress', 'list[SecurityPolicyIngressEgressInput]')
    everoute_cluster_id = F('everoute_cluster_id', 'str', F.REQUIRED)
    ingress = F('ingress', 'list[SecurityPolicyIngressEgressInput]')
    is_blocklist = F('is_blocklist', 'bool')
    name = F('name', 'str', F.REQUIRED)
    policy_mode = F('policy_mode', 'PolicyMode')
