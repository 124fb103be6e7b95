# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedFrozenDisks(Model):
    """The NestedFrozenDisks object of the CloudTower API.

    Fields: see docs/models/NestedFrozenDisks.md.
    """
    __slots__ = ()
    boot = F('boot', 'int', F.REQUIRED)
    bus = F('bus', 'Bus', F.REQUIRED)
    disabled = F('disabled', 'bool', F.NULLABLE)
    disk_name = F('disk_name', 'str', F.NULLABLE)
    elf_image_local_id = F('elf_image_local_id', 'str', F.REQUIRED)
    image_name = F('image_name', 'str', F.NULLABLE)
    index = F('index', 'int', F.REQUIRED)
    key = F('key', 'int', F.NULLABLE)
    max_bandwidth = F('max_bandwidth', 'int', F.NULLABLE)
    max_bandwidth_policy = F('max_bandwidth_policy', 'VmDiskIoRestrictType', F.NULLABLE)
    max_iops = F('max_iops', 'int', F.NULLABLE)
    max_iops_policy = F('max_iops_policy', 'VmDiskIoRestrictType', F.NULLABLE)
    path = F('path', 'str', F.REQUIRED)
    size = F('size', 'int', F.REQUIRED)
    snapshot_local_id = F('snapshot_local_id', 'str', F.NULLABLE)
    storage_policy_uuid = F('storage_policy_uuid', 'str', F.REQUIRED)
    svt_image_local_id = F('svt_image_local_id', 'str', F.REQUIRED)
    type = F('type', 'VmDiskType', F.REQUIRED)
    vm_volume_local_id = F('vm_volume_local_id', 'str', F.REQUIRED)
    vm_volume_snapshot_uuid = F('vm_volume_snapshot_uuid', 'str', F.NULLABLE)
    vm_volume_template_uuid = F('vm_volume_template_uuid', 'str', F.NULLABLE)
