# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudSecurityPolicy(Model):
    """The VirtualPrivateCloudSecurityPolicy object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudSecurityPolicy.md.
    """
    __slots__ = ()
    apply_to = F('apply_to', 'list[NestedVirtualPrivateCloudSecurityPolicyApply]', F.REQUIRED)
    description = F('description', 'str', F.NULLABLE)
    egress = F('egress', 'list[NestedVirtualPrivateCloudNetworkPolicyRule]', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    ingress = F('ingress', 'list[NestedVirtualPrivateCloudNetworkPolicyRule]', F.NULLABLE)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    policy_mode = F('policy_mode', 'VirtualPrivateCloudSecurityPolicyMode', F.NULLABLE)
    vpc = F('vpc', 'NestedVirtualPrivateCloud', F.REQUIRED)
