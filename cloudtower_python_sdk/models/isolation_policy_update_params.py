# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class IsolationPolicyUpdateParams(Model):
    """The IsolationPolicyUpdateParams object of the CloudTower API.

    Fields: see docs/models/IsolationPolicyUpdateParams.md.
    """
    __slots__ = ()
    egress = F('egress', 'list[SecurityPolicyIngressEgressInput]')
    ingress = F('ingress', 'list[SecurityPolicyIngressEgressInput]')
    mode = F('mode', 'IsolationMode')
