# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmVolumeDeletionParams(Model):
    """The VmVolumeDeletionParams object of the CloudTower API.

    Fields: see docs/models/VmVolumeDeletionParams.md.
    """
    __slots__ = ()
    effect = F('effect', 'VmVolumeDeletionParamsEffect')
    where = F('where', 'VmVolumeWhereInput', F.REQUIRED)
