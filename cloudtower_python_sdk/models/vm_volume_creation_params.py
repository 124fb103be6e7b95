# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmVolumeCreationParams(Model):
    __slots__ = ()
    _declared = """
cluster_id str R
elf_storage_policy VmVolumeElfStoragePolicyType R
name str R
sharing bool R
size int R
size_unit ByteUnit
"""
