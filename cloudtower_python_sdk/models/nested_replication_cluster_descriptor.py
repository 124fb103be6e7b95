# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedReplicationClusterDescriptor(Model):
    _declared = """
cluster_local_id str RS
cluster_name str NS
tower_deploy_id str NS
"""
