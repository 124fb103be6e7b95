# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedVirtualPrivateCloudExternalSubnetGroupExternalSubnetsSpec(Model):
    __slots__ = ()
    _declared = """
cidr str R
edge_gateway_id str R
floating_ip_cidr str N
gateway str R
id str R
nat_gateway_cidr str N
router_gateway_cidr str N
vlan_id str R
"""
