# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class MigrateVmConfig(Model):
    __slots__ = ()
    _declared = """
delete_src_vm bool
elf_storage_policy VmVolumeElfStoragePolicyType R
migrate_type MigrateType R
network_mapping list[VlanMapping] R
new_name str
remove_unmovable_devices bool
"""
