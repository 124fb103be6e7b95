# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmdkDiskModify(Model):
    _declared = """
boot int S
bus Bus S
elf_storage_policy VmVolumeElfStoragePolicyType S
vmdk_name str RS
volume_name str S
"""
