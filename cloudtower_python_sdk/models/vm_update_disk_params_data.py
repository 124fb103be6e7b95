# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmUpdateDiskParamsData(Model):
    __slots__ = ()
    _declared = """
bus Bus
content_library_image_id str N
elf_image_id str N
vm_disk_id str R
vm_volume_id str
"""
