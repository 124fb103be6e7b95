# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class MountNewCreateDisksParamsVmVolume(Model):
    """The MountNewCreateDisksParamsVmVolume object of the CloudTower API.

    Fields: see docs/models/MountNewCreateDisksParamsVmVolume.md.
    """
    __slots__ = ()
    elf_storage_policy = F('elf_storage_policy', 'VmVolumeElfStoragePolicyType', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    path = F('path', 'str')
    size = F('size', 'int', F.REQUIRED)
    size_unit = F('size_unit', 'ByteUnit')
