# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedVirtualPrivateCloudExternalSubnetGroupExternalSubnetsSpec(Model):
    _declared = """
cidr str RS
edge_gateway_id str RS
floating_ip_cidr str NS
gateway str RS
id str RS
nat_gateway_cidr str NS
router_gateway_cidr str NS
vlan_id str RS
"""
