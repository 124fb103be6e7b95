# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ManagementVlanUpdationParamsData(Model):
    """The ManagementVlanUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/ManagementVlanUpdationParamsData.md.
    """
    __slots__ = ()
    extra_ip = F('extra_ip', 'list[ExtraIp]')
    gateway_ip = F('gateway_ip', 'str')
    subnetmask = F('subnetmask', 'str')
    vlan_id = F('vlan_id', 'int')
