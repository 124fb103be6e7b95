# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SecurityPolicyIngressEgressInput(Model):
    """The SecurityPolicyIngressEgressInput object of the CloudTower API.

    Fields: see docs/models/SecurityPolicyIngressEgressInput.md.
    """
    __slots__ = ()
    ports = F('ports', 'list[NetworkPolicyRulePortInput]')
    service_ids = F('service_ids', 'list[str]')
    target = F('target', 'SecurityPolicyIngressEgressInputTarget')
    type = F('type', 'SecurityPolicyFlowControlType')
