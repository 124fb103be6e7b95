# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmImportNicParams(Model):
    """The VmImportNicParams object of the CloudTower API.

    Fields: see docs/models/VmImportNicParams.md.
    """
    __slots__ = ()
    connect_vlan_id = F('connect_vlan_id', 'str', F.REQUIRED)
    enabled = F('enabled', 'bool')
    gateway = F('gateway', 'str')
    ip_address = F('ip_address', 'str')
    local_id = F('local_id', 'str')
    mac_address = F('mac_address', 'str')
    mirror = F('mirror', 'bool')
    model = F('model', 'VmNicModel')
    nic_id = F('nic_id', 'str')
    subnet_mask = F('subnet_mask', 'str')
