# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedReplicationClusterDescriptor(Model):
    """The NestedReplicationClusterDescriptor object of the CloudTower API.

    Fields: see docs/models/NestedReplicationClusterDescriptor.md.
    """
    __slots__ = ()
    cluster_local_id = F('cluster_local_id', 'str', F.REQUIRED)
    cluster_name = F('cluster_name', 'str', F.NULLABLE)
    tower_deploy_id = F('tower_deploy_id', 'str', F.NULLABLE)
