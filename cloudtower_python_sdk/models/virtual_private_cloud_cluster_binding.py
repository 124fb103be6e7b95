# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudClusterBinding(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
mtu int N
vds NestedVds R
vlan_id int R
vpc_service NestedVirtualPrivateCloudService R
"""
