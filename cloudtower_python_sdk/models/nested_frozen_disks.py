# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedFrozenDisks(Model):
    __slots__ = ()
    _declared = """
boot int R
bus Bus R
disabled bool N
disk_name str N
elf_image_local_id str R
image_name str N
index int R
key int N
max_bandwidth int N
max_bandwidth_policy VmDiskIoRestrictType N
max_iops int N
max_iops_policy VmDiskIoRestrictType N
path str R
size int R
snapshot_local_id str N
storage_policy_uuid str R
svt_image_local_id str R
type VmDiskType R
vm_volume_local_id str R
vm_volume_snapshot_uuid str N
vm_volume_template_uuid str N
"""
