# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class MountNewCreateDisksParamsVmVolume(Model):
    _declared = """
elf_storage_policy VmVolumeElfStoragePolicyType RS
name str RS
path str S
size int RS
size_unit ByteUnit S
"""
