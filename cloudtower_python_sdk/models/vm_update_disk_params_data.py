# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmUpdateDiskParamsData(Model):
    """The VmUpdateDiskParamsData object of the CloudTower API.

    Fields: see docs/models/VmUpdateDiskParamsData.md.
    """
    __slots__ = ()
    bus = F('bus', 'Bus')
    content_library_image_id = F('content_library_image_id', 'str', F.NULLABLE)
    elf_image_id = F('elf_image_id', 'str', F.NULLABLE)
    vm_disk_id = F('vm_disk_id', 'str', F.REQUIRED)
    vm_volume_id = F('vm_volume_id', 'str')
