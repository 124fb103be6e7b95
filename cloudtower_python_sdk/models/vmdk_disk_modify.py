# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmdkDiskModify(Model):
    __slots__ = ()
    _declared = """
boot int
bus Bus
elf_storage_policy VmVolumeElfStoragePolicyType
vmdk_name str R
volume_name str
"""
