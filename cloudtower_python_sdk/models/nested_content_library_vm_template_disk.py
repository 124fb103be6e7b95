# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedContentLibraryVmTemplateDisk(Model):
    __slots__ = ()
    _declared = """
boot int R
bus Bus R
content_library_image_id str N
disabled bool N
disk_name str N
index int R
max_bandwidth int N
max_bandwidth_policy VmDiskIoRestrictType N
max_iops int N
max_iops_policy VmDiskIoRestrictType N
path str N
resident_in_cache bool N
size int N
storage_encrypted bool N
storage_policy VmVolumeElfStoragePolicyType N
type VmDiskType R
"""
