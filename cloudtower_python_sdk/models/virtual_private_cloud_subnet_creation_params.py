# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudSubnetCreationParams(Model):
    _declared = """
cidr str RS
description str S
gateway str RS
ip_pools list[VirtualPrivateCloudSubnetIpPoolParams]
name str RS
route_table_id str RS
vpc_id str RS
"""
