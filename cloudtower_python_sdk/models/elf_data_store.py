# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ElfDataStore(Model):
    """The ElfDataStore object of the CloudTower API.

    Fields: see docs/models/ElfDataStore.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    description = F('description', 'str', F.REQUIRED)
    external_use = F('external_use', 'bool', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    internal = F('internal', 'bool', F.REQUIRED)
    ip_whitelist = F('ip_whitelist', 'str', F.REQUIRED)
    iscsi_target = F('iscsi_target', 'NestedIscsiTarget', F.NULLABLE)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    nfs_export = F('nfs_export', 'NestedNfsExport', F.NULLABLE)
    nvmf_subsystem = F('nvmf_subsystem', 'NestedNvmfSubsystem', F.NULLABLE)
    replica_num = F('replica_num', 'int', F.REQUIRED)
    thin_provision = F('thin_provision', 'bool', F.REQUIRED)
    type = F('type', 'ElfDataStoreType', F.REQUIRED)
