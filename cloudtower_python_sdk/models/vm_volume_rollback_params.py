# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmVolumeRollbackParams(Model):
    """The VmVolumeRollbackParams object of the CloudTower API.

    Fields: see docs/models/VmVolumeRollbackParams.md.
    """
    __slots__ = ()
    volume_snapshot_id = F('volume_snapshot_id', 'str', F.REQUIRED)
