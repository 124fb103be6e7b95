# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedFrozenDisks(Model):
    _declared = """
boot int RS
bus Bus RS
disabled bool NS
disk_name str NS
elf_image_local_id str RS
image_name str NS
index int RS
key int NS
max_bandwidth int NS
max_bandwidth_policy VmDiskIoRestrictType NS
max_iops int NS
max_iops_policy VmDiskIoRestrictType NS
path str RS
size int RS
snapshot_local_id str NS
storage_policy_uuid str RS
svt_image_local_id str RS
type VmDiskType RS
vm_volume_local_id str RS
vm_volume_snapshot_uuid str NS
vm_volume_template_uuid str NS
"""
