# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmDiskMetaData(Model):
    """The VmDiskMetaData object of the CloudTower API.

    Fields: see docs/models/VmDiskMetaData.md.
    """
    __slots__ = ()
    boot = F('boot', 'int', F.NULLABLE)
    bus = F('bus', 'Bus', F.NULLABLE)
    disabled = F('disabled', 'bool', F.NULLABLE)
    max_bandwidth = F('max_bandwidth', 'float', F.NULLABLE)
    max_bandwidth_policy = F('max_bandwidth_policy', 'VmDiskIoRestrictType', F.NULLABLE)
    max_iops = F('max_iops', 'int', F.NULLABLE)
    max_iops_policy = F('max_iops_policy', 'VmDiskIoRestrictType', F.NULLABLE)
    type = F('type', 'VmDiskType', F.NULLABLE)
    vm_volume_elf_storage_policy = F('vm_volume_elf_storage_policy', 'VmVolumeElfStoragePolicyType', F.NULLABLE)
    vm_volume_lun_zbs_volume_id = F('vm_volume_lun_zbs_volume_id', 'str', F.NULLABLE)
    vm_volume_mounting = F('vm_volume_mounting', 'bool', F.NULLABLE)
    vm_volume_name = F('vm_volume_name', 'str', F.NULLABLE)
    vm_volume_path = F('vm_volume_path', 'str', F.NULLABLE)
    vm_volume_sharing = F('vm_volume_sharing', 'bool', F.NULLABLE)
    vm_volume_size = F('vm_volume_size', 'float', F.NULLABLE)
