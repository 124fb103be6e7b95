# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class MigrateVmConfig(Model):
    """The MigrateVmConfig object of the CloudTower API.

    Fields: see docs/models/MigrateVmConfig.md.
    """
    __slots__ = ()
    delete_src_vm = F('delete_src_vm', 'bool')
    elf_storage_policy = F('elf_storage_policy', 'VmVolumeElfStoragePolicyType', F.REQUIRED)
    migrate_type = F('migrate_type', 'MigrateType', F.REQUIRED)
    network_mapping = F('network_mapping', 'list[VlanMapping]', F.REQUIRED)
    new_name = F('new_name', 'str')
    remove_unmovable_devices = F('remove_unmovable_devices', 'bool')
