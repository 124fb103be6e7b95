# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedVirtualPrivateCloudNic(Model):
    __slots__ = ()
    _declared = """
floating_ip NestedVirtualPrivateCloudFloatingIp N
id str R
ip_addresses list[str] R
local_id str R
vpc NestedVirtualPrivateCloud R
vpc_subnet NestedVirtualPrivateCloudSubnet R
"""
