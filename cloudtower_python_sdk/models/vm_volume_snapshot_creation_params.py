# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmVolumeSnapshotCreationParams(Model):
    """The VmVolumeSnapshotCreationParams object of the CloudTower API.

    Fields: see docs/models/VmVolumeSnapshotCreationParams.md.
    """
    __slots__ = ()
    description = F('description', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    volume_id = F('volume_id', 'str', F.REQUIRED)
