# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudSubnetUpdateDataParams(Model):
    _declared = """
cidr str S
description str S
gateway str S
ip_pools list[VirtualPrivateCloudSubnetIpPoolParams]
name str S
route_table_id str S
"""
