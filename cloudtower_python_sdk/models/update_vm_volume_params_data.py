# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UpdateVmVolumeParamsData(Model):
    """The UpdateVmVolumeParamsData object of the CloudTower API.

    Fields: see docs/models/UpdateVmVolumeParamsData.md.
    """
    __slots__ = ()
    description = F('description', 'str')
    name = F('name', 'str')
    size = F('size', 'int')
    size_unit = F('size_unit', 'ByteUnit')
