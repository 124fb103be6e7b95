# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedNetworkPolicyRulePort(Model):
    """The NestedNetworkPolicyRulePort object of the CloudTower API.

    Fields: see docs/models/NestedNetworkPolicyRulePort.md.
    """
    __slots__ = ()
    alg_protocol = F('alg_protocol', 'NetworkPolicyRuleAlgProtocol', F.NULLABLE)
    port = F('port', 'str', F.NULLABLE)
    protocol = F('protocol', 'NetworkPolicyRulePortProtocol', F.REQUIRED)
