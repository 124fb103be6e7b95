# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmdkDiskModify(Model):
    """The VmdkDiskModify object of the CloudTower API.

    Fields: see docs/models/VmdkDiskModify.md.
    """
    __slots__ = ()
    boot = F('boot', 'int')
    bus = F('bus', 'Bus')
    elf_storage_policy = F('elf_storage_policy', 'VmVolumeElfStoragePolicyType')
    vmdk_name = F('vmdk_name', 'str', F.REQUIRED)
    volume_name = F('volume_name', 'str')
