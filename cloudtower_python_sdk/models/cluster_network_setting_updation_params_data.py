# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ClusterNetworkSettingUpdationParamsData(Model):
    __slots__ = ()
    _declared = """
dns list[str]
iscsi_vip str
management_vip str
mgt_gateway str
mgt_ip_mapper list[MgtIpMapper]
mgt_netmask str
ntp_mode NtpMode
ntp_servers list[str]
"""
