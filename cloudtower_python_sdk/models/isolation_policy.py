# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class IsolationPolicy(Model):
    """The IsolationPolicy object of the CloudTower API.

    Fields: see docs/models/IsolationPolicy.md.
    """
    __slots__ = ()
    egress = F('egress', 'list[NestedNetworkPolicyRule]', F.NULLABLE)
    everoute_cluster = F('everoute_cluster', 'NestedEverouteCluster', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    ingress = F('ingress', 'list[NestedNetworkPolicyRule]', F.NULLABLE)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    mode = F('mode', 'IsolationMode', F.REQUIRED)
    statistics = F('statistics', 'NestedSecurityPolicyStatistics', F.NULLABLE)
    vm = F('vm', 'NestedVm', F.REQUIRED)
