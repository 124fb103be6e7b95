# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmDiskMetaData(Model):
    __slots__ = ()
    _declared = """
boot int N
bus Bus N
disabled bool N
max_bandwidth float N
max_bandwidth_policy VmDiskIoRestrictType N
max_iops int N
max_iops_policy VmDiskIoRestrictType N
type VmDiskType N
vm_volume_elf_storage_policy VmVolumeElfStoragePolicyType N
vm_volume_lun_zbs_volume_id str N
vm_volume_mounting bool N
vm_volume_name str N
vm_volume_path str N
vm_volume_sharing bool N
vm_volume_size float N
"""
