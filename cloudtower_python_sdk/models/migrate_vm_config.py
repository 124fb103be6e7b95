# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class MigrateVmConfig(Model):
    _declared = """
delete_src_vm bool S
elf_storage_policy VmVolumeElfStoragePolicyType RS
migrate_type MigrateType RS
network_mapping list[VlanMapping] R
new_name str S
remove_unmovable_devices bool S
"""
