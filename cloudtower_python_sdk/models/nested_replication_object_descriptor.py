# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedReplicationObjectDescriptor(Model):
    __slots__ = ()
    _declared = """
cluster_local_id str R
cluster_name str N
object_local_id str R
object_name str N
parent_object_local_id str N
parent_object_name str N
tower_deploy_id str N
zbs_volume_id str N
"""
