# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NetworkPolicyRuleServiceMemberParams(Model):
    """The NetworkPolicyRuleServiceMemberParams object of the CloudTower API.

    Fields: see docs/models/NetworkPolicyRuleServiceMemberParams.md.
    """
    __slots__ = ()
    alg_protocol = F('alg_protocol', 'NetworkPolicyRuleAlgProtocol')
    port = F('port', 'str')
    protocol = F('protocol', 'NetworkPolicyRulePortProtocol', F.REQUIRED)
