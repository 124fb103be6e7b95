# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudClusterBinding(Model):
    _declared = """
cluster NestedCluster R
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
mtu int NS
vds NestedVds R
vlan_id int RS
vpc_service NestedVirtualPrivateCloudService R
"""
