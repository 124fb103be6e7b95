# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class CloudInitNetWork(Model):
    _declared = """
ip_address str S
netmask str S
nic_index int RS
routes list[CloudInitNetWorkRoute]
type CloudInitNetworkTypeEnum RS
"""
