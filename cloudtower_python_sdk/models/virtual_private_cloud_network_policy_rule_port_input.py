# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudNetworkPolicyRulePortInput(Model):
    """The VirtualPrivateCloudNetworkPolicyRulePortInput object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudNetworkPolicyRulePortInput.md.
    """
    __slots__ = ()
    port = F('port', 'str', F.NULLABLE)
    protocol = F('protocol', 'VirtualPrivateCloudNetworkPolicyRulePortProtocol', F.REQUIRED)
