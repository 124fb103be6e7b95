# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmUpdateDiskParamsData(Model):
    _declared = """
bus Bus S
content_library_image_id str NS
elf_image_id str NS
vm_disk_id str RS
vm_volume_id str S
"""
