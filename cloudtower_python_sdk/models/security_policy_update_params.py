# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SecurityPolicyUpdateParams(Model):
    """The SecurityPolicyUpdateParams object of the CloudTower API.

    Fields: see docs/models/SecurityPolicyUpdateParams.md.
    """
    __slots__ = ()
    apply_to = F('apply_to', 'list[SecurityPolicyApplyToInput]')
    egress = F('egress', 'list[SecurityPolicyIngressEgressInput]')
    ingress = F('ingress', 'list[SecurityPolicyIngressEgressInput]')
    is_blocklist = F('is_blocklist', 'bool')
    policy_mode = F('policy_mode', 'PolicyMode')
