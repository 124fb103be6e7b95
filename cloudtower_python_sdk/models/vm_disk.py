# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmDisk(Model):
    _declared = """
boot int RS
bus Bus RS
cloud_init_image_name str NS
cloud_init_image_path str NS
device str NS
disabled bool NS
elf_image NestedElfImage N
id str RS
key int NS
max_bandwidth int NS
max_bandwidth_policy VmDiskIoRestrictType NS
max_iops int NS
max_iops_policy VmDiskIoRestrictType NS
serial str NS
svt_image NestedSvtImage N
type VmDiskType RS
unsafe_image_path str NS
unsafe_image_uuid str NS
unsafe_provision str NS
vm NestedVm R
vm_volume NestedVmVolume N
"""
