# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ClusterNetworkSettingUpdationParamsData(Model):
    """The ClusterNetworkSettingUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/ClusterNetworkSettingUpdationParamsData.md.
    """
    __slots__ = ()
    dns = F('dns', 'list[str]')
    iscsi_vip = F('iscsi_vip', 'str')
    management_vip = F('management_vip', 'str')
    mgt_gateway = F('mgt_gateway', 'str')
    mgt_ip_mapper = F('mgt_ip_mapper', 'list[MgtIpMapper]')
    mgt_netmask = F('mgt_netmask', 'str')
    ntp_mode = F('ntp_mode', 'NtpMode')
    ntp_servers = F('ntp_servers', 'list[str]')
