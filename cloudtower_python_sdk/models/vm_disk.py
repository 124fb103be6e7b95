# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmDisk(Model):
    """The VmDisk object of the CloudTower API.

    Fields: see docs/models/VmDisk.md.
    """
    __slots__ = ()
    boot = F('boot', 'int', F.REQUIRED)
    bus = F('bus', 'Bus', F.REQUIRED)
    cloud_init_image_name = F('cloud_init_image_name', 'str', F.NULLABLE)
    cloud_init_image_path = F('cloud_init_image_path', 'str', F.NULLABLE)
    device = F('device', 'str', F.NULLABLE)
    disabled = F('disabled', 'bool', F.NULLABLE)
    elf_image = F('elf_image', 'NestedElfImage', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    key = F('key', 'int', F.NULLABLE)
    max_bandwidth = F('max_bandwidth', 'int', F.NULLABLE)
    max_bandwidth_policy = F('max_bandwidth_policy', 'VmDiskIoRestrictType', F.NULLABLE)
    max_iops = F('max_iops', 'int', F.NULLABLE)
    max_iops_policy = F('max_iops_policy', 'VmDiskIoRestrictType', F.NULLABLE)
    serial = F('serial', 'str', F.NULLABLE)
    svt_image = F('svt_image', 'NestedSvtImage', F.NULLABLE)
    type = F('type', 'VmDiskType', F.REQUIRED)
    unsafe_image_path = F('unsafe_image_path', 'str', F.NULLABLE)
    unsafe_image_uuid = F('unsafe_image_uuid', 'str', F.NULLABLE)
    unsafe_provision = F('unsafe_provision', 'str', F.NULLABLE)
    vm = F('vm', 'NestedVm', F.REQUIRED)
    vm_volume = F('vm_volume', 'NestedVmVolume', F.NULLABLE)
