# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SecurityPolicy(Model):
    """The SecurityPolicy object of the CloudTower API.

    Fields: see docs/models/SecurityPolicy.md.
    """
    __slots__ = ()
    apply_to = F('apply_to', 'list[NestedSecurityPolicyApply]', F.REQUIRED)
    description = F('description', 'str', F.REQUIRED)
    egress = F('egress', 'list[NestedNetworkPolicyRule]', F.NULLABLE)
    everoute_cluster = F('everoute_cluster', 'NestedEverouteCluster', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    ingress = F('ingress', 'list[NestedNetworkPolicyRule]', F.NULLABLE)
    is_blocklist = F('is_blocklist', 'bool', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    policy_mode = F('policy_mode', 'PolicyMode', F.NULLABLE)
    statistics = F('statistics', 'NestedSecurityPolicyStatistics', F.NULLABLE)
