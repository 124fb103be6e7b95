# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedReplicationObjectDescriptor(Model):
    _declared = """
cluster_local_id str RS
cluster_name str NS
object_local_id str RS
object_name str NS
parent_object_local_id str NS
parent_object_name str NS
tower_deploy_id str NS
zbs_volume_id str NS
"""
