# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SecurityGroup(Model):
    """The SecurityGroup object of the CloudTower API.

    Fields: see docs/models/SecurityGroup.md.
    """
    __slots__ = ()
    description = F('description', 'str', F.NULLABLE)
    everoute_cluster = F('everoute_cluster', 'NestedEverouteCluster', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    isolation_policies = F('isolation_policies', 'list[NestedIsolationPolicy]', F.NULLABLE)
    label_groups = F('label_groups', 'list[NestedLabelGroup]', F.NULLABLE)
    name = F('name', 'str', F.REQUIRED)
    security_policies = F('security_policies', 'list[NestedSecurityPolicy]', F.NULLABLE)
    vms = F('vms', 'list[NestedVm]', F.NULLABLE)
