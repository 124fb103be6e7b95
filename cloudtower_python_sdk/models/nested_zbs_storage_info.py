# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedZbsStorageInfo(Model):
    """The NestedZbsStorageInfo object of the CloudTower API.

    Fields: see docs/models/NestedZbsStorageInfo.md.
    """
    __slots__ = ()
    cluster_id = F('cluster_id', 'str', F.REQUIRED)
    snapshot_info = F('snapshot_info', 'list[NestedSnapshotInfo]', F.NULLABLE)
