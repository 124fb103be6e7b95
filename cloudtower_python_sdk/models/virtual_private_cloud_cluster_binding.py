# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudClusterBinding(Model):
    """The VirtualPrivateCloudClusterBinding object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudClusterBinding.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    mtu = F('mtu', 'int', F.NULLABLE)
    vds = F('vds', 'NestedVds', F.REQUIRED)
    vlan_id = F('vlan_id', 'int', F.REQUIRED)
    vpc_service = F('vpc_service', 'NestedVirtualPrivateCloudService', F.REQUIRED)
