# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VlanMapping(Model):
    """The VlanMapping object of the CloudTower API.

    Fields: see docs/models/VlanMapping.md.
    """
    __slots__ = ()
    dest_vlan_local_id = F('dest_vlan_local_id', 'str', F.REQUIRED)
    src_vlan_local_id = F('src_vlan_local_id', 'str', F.REQUIRED)
