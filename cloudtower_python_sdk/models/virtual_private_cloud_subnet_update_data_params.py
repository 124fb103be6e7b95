# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudSubnetUpdateDataParams(Model):
    __slots__ = ()
    _declared = """
cidr str
description str
gateway str
ip_pools list[VirtualPrivateCloudSubnetIpPoolParams]
name str
route_table_id str
"""
