# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedReplicationObjectDescriptor(Model):
    """The NestedReplicationObjectDescriptor object of the CloudTower API.

    Fields: see docs/models/NestedReplicationObjectDescriptor.md.
    """
    __slots__ = ()
    cluster_local_id = F('cluster_local_id', 'str', F.REQUIRED)
    cluster_name = F('cluster_name', 'str', F.NULLABLE)
    object_local_id = F('object_local_id', 'str', F.REQUIRED)
    object_name = F('object_name', 'str', F.NULLABLE)
    parent_object_local_id = F('parent_object_local_id', 'str', F.NULLABLE)
    parent_object_name = F('parent_object_name', 'str', F.NULLABLE)
    tower_deploy_id = F('tower_deploy_id', 'str', F.NULLABLE)
    zbs_volume_id = F('zbs_volume_id', 'str', F.NULLABLE)
