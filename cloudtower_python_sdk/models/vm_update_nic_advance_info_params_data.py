# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmUpdateNicAdvanceInfoParamsData(Model):
    """The VmUpdateNicAdvanceInfoParamsData object of the CloudTower API.

    Fields: see docs/models/VmUpdateNicAdvanceInfoParamsData.md.
    """
    __slots__ = ()
    connect_vlan_id = F('connect_vlan_id', 'str')
    enabled = F('enabled', 'bool')
    mac_address = F('mac_address', 'str')
    mirror = F('mirror', 'bool')
    nic_id = F('nic_id', 'str')
