# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmDiskMetaData(Model):
    _declared = """
boot int NS
bus Bus NS
disabled bool NS
max_bandwidth float NS
max_bandwidth_policy VmDiskIoRestrictType NS
max_iops int NS
max_iops_policy VmDiskIoRestrictType NS
type VmDiskType NS
vm_volume_elf_storage_policy VmVolumeElfStoragePolicyType NS
vm_volume_lun_zbs_volume_id str NS
vm_volume_mounting bool NS
vm_volume_name str NS
vm_volume_path str NS
vm_volume_sharing bool NS
vm_volume_size float NS
"""
