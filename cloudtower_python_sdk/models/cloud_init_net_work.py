# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class CloudInitNetWork(Model):
    __slots__ = ()
    _declared = """
ip_address str
netmask str
nic_index int R
routes list[CloudInitNetWorkRoute]
type CloudInitNetworkTypeEnum R
"""
