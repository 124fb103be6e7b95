# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedContentLibraryVmTemplateDisk(Model):
    """The NestedContentLibraryVmTemplateDisk object of the CloudTower API.

    Fields: see docs/models/NestedContentLibraryVmTemplateDisk.md.
    """
    __slots__ = ()
    boot = F('boot', 'int', F.REQUIRED)
    bus = F('bus', 'Bus', F.REQUIRED)
    content_library_image_id = F('content_library_image_id', 'str', F.NULLABLE)
    disabled = F('disabled', 'bool', F.NULLABLE)
    disk_name = F('disk_name', 'str', F.NULLABLE)
    index = F('index', 'int', F.REQUIRED)
    max_bandwidth = F('max_bandwidth', 'int', F.NULLABLE)
    max_bandwidth_policy = F('max_bandwidth_policy', 'VmDiskIoRestrictType', F.NULLABLE)
    max_iops = F('max_iops', 'int', F.NULLABLE)
    max_iops_policy = F('max_iops_policy', 'VmDiskIoRestrictType', F.NULLABLE)
    path = F('path', 'str', F.NULLABLE)
    resident_in_cache = F('resident_in_cache', 'bool', F.NULLABLE)
    size = F('size', 'int', F.NULLABLE)
    storage_encrypted = F('storage_encrypted', 'bool', F.NULLABLE)
    storage_policy = F('storage_policy', 'VmVolumeElfStoragePolicyType', F.NULLABLE)
    type = F('type', 'VmDiskType', F.REQUIRED)
