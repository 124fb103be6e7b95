# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ClusterNetworkSettingUpdationParamsData(Model):
    _declared = """
dns list[str] S
iscsi_vip str S
management_vip str S
mgt_gateway str S
mgt_ip_mapper list[MgtIpMapper]
mgt_netmask str S
ntp_mode NtpMode S
ntp_servers list[str] S
"""
