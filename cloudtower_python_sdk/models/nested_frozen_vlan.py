# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedFrozenVlan(Model):
    """The NestedFrozenVlan object of the CloudTower API.

    Fields: see docs/models/NestedFrozenVlan.md.
    """
    __slots__ = ()
    name = F('name', 'str', F.REQUIRED)
    network_ids = F('network_ids', 'list[str]', F.NULLABLE)
    vds_ovs = F('vds_ovs', 'str', F.REQUIRED)
    vlan_id = F('vlan_id', 'int', F.REQUIRED)
    vlan_local_id = F('vlan_local_id', 'str', F.REQUIRED)
