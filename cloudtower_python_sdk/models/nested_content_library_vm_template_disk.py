# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedContentLibraryVmTemplateDisk(Model):
    _declared = """
boot int RS
bus Bus RS
content_library_image_id str NS
disabled bool NS
disk_name str NS
index int RS
max_bandwidth int NS
max_bandwidth_policy VmDiskIoRestrictType NS
max_iops int NS
max_iops_policy VmDiskIoRestrictType NS
path str NS
resident_in_cache bool NS
size int NS
storage_encrypted bool NS
storage_policy VmVolumeElfStoragePolicyType NS
type VmDiskType RS
"""
