# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedReplicationClusterDescriptor(Model):
    __slots__ = ()
    _declared = """
cluster_local_id str R
cluster_name str N
tower_deploy_id str N
"""
