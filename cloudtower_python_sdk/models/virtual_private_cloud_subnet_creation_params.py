# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudSubnetCreationParams(Model):
    __slots__ = ()
    _declared = """
cidr str R
description str
gateway str R
ip_pools list[VirtualPrivateCloudSubnetIpPoolParams]
name str R
route_table_id str R
vpc_id str R
"""
