# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedReplicationNetworkInformation(Model):
    """The NestedReplicationNetworkInformation object of the CloudTower API.

    Fields: see docs/models/NestedReplicationNetworkInformation.md.
    """
    __slots__ = ()
    cluster_local_id = F('cluster_local_id', 'str', F.REQUIRED)
    cluster_name = F('cluster_name', 'str', F.REQUIRED)
    network_ids = F('network_ids', 'list[str]', F.NULLABLE)
    vds_name = F('vds_name', 'str', F.NULLABLE)
    vlan_id = F('vlan_id', 'int', F.NULLABLE)
    vlan_local_id = F('vlan_local_id', 'str', F.REQUIRED)
    vlan_mode_type = F('vlan_mode_type', 'VlanModeType', F.REQUIRED)
    vlan_name = F('vlan_name', 'str', F.REQUIRED)
