# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedVirtualPrivateCloudNic(Model):
    _declared = """
floating_ip NestedVirtualPrivateCloudFloatingIp N
id str RS
ip_addresses list[str] RS
local_id str RS
vpc NestedVirtualPrivateCloud R
vpc_subnet NestedVirtualPrivateCloudSubnet R
"""
