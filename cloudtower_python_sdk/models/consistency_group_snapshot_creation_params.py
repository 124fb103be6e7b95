# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ConsistencyGroupSnapshotCreationParams(Model):
    """The ConsistencyGroupSnapshotCreationParams object of the CloudTower API.

    Fields: see docs/models/ConsistencyGroupSnapshotCreationParams.md.
    """
    __slots__ = ()
    consistency_group_id = F('consistency_group_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
