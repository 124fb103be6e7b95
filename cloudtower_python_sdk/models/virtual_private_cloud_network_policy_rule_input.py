# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudNetworkPolicyRuleInput(Model):
    """The VirtualPrivateCloudNetworkPolicyRuleInput object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudNetworkPolicyRuleInput.md.
    """
    __slots__ = ()
    except_ip_block = F('except_ip_block', 'list[str]', F.NULLABLE)
    ip_block = F('ip_block', 'str', F.NULLABLE)
    ports = F('ports', 'list[VirtualPrivateCloudNetworkPolicyRulePortInput]', F.NULLABLE)
    security_group_id = F('security_group_id', 'str', F.NULLABLE)
    selector_ids = F('selector_ids', 'list[str]', F.NULLABLE)
    type = F('type', 'VirtualPrivateCloudNetworkPolicyRuleType', F.REQUIRED)
