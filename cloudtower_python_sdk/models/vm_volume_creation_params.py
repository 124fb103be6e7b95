# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmVolumeCreationParams(Model):
    """The VmVolumeCreationParams object of the CloudTower API.

    Fields: see docs/models/VmVolumeCreationParams.md.
    """
    __slots__ = ()
    cluster_id = F('cluster_id', 'str', F.REQUIRED)
    elf_storage_policy = F('elf_storage_policy', 'VmVolumeElfStoragePolicyType', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    sharing = F('sharing', 'bool', F.REQUIRED)
    size = F('size', 'int', F.REQUIRED)
    size_unit = F('size_unit', 'ByteUnit')
