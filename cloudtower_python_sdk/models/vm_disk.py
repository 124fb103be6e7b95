# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmDisk(Model):
    __slots__ = ()
    _declared = """
boot int R
bus Bus R
cloud_init_image_name str N
cloud_init_image_path str N
device str N
disabled bool N
elf_image NestedElfImage N
id str R
key int N
max_bandwidth int N
max_bandwidth_policy VmDiskIoRestrictType N
max_iops int N
max_iops_policy VmDiskIoRestrictType N
serial str N
svt_image NestedSvtImage N
type VmDiskType R
unsafe_image_path str N
unsafe_image_uuid str N
unsafe_provision str N
vm NestedVm R
vm_volume NestedVmVolume N
"""
