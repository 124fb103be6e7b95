# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedNetworkPolicyRule(Model):
    """The NestedNetworkPolicyRule object of the CloudTower API.

    Fields: see docs/models/NestedNetworkPolicyRule.md.
    """
    __slots__ = ()
    except_ip_block = F('except_ip_block', 'list[str]', F.NULLABLE)
    ip_block = F('ip_block', 'str', F.NULLABLE)
    ports = F('ports', 'list[NestedNetworkPolicyRulePort]', F.NULLABLE)
    security_group = F('security_group', 'NestedSecurityGroup', F.NULLABLE)
    security_group_id = F('security_group_id', 'str', F.NULLABLE)
    selector = F('selector', 'list[NestedLabel]', F.NULLABLE)
    selector_ids = F('selector_ids', 'list[str]', F.NULLABLE)
    service_ids = F('service_ids', 'list[str]', F.NULLABLE)
    services = F('services', 'list[NestedNetworkPolicyRuleService]', F.NULLABLE)
    type = F('type', 'NetworkPolicyRuleType', F.REQUIRED)
