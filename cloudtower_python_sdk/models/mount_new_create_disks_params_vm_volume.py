# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class MountNewCreateDisksParamsVmVolume(Model):
    __slots__ = ()
    _declared = """
elf_storage_policy VmVolumeElfStoragePolicyType R
name str R
path str
size int R
size_unit ByteUnit
"""
