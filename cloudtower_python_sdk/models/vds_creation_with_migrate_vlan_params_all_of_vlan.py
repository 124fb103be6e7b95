# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VdsCreationWithMigrateVlanParamsAllOfVlan(Model):
    """The VdsCreationWithMigrateVlanParamsAllOfVlan object of the CloudTower API.

    Fields: see docs/models/VdsCreationWithMigrateVlanParamsAllOfVlan.md.
    """
    __slots__ = ()
    extra_ip = F('extra_ip', 'list[VdsCreationWithMigrateVlanParamsAllOfVlanExtraIp]', F.REQUIRED)
    gateway_ip = F('gateway_ip', 'str')
    gateway_subnetmask = F('gateway_subnetmask', 'str')
    subnetmask = F('subnetmask', 'str', F.REQUIRED)
    vlan_id = F('vlan_id', 'int', F.REQUIRED)
