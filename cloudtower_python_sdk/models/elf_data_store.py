# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ElfDataStore(Model):
    _declared = """
cluster NestedCluster R
description str RS
external_use bool RS
id str RS
internal bool RS
ip_whitelist str RS
iscsi_target NestedIscsiTarget N
local_id str RS
name str RS
nfs_export NestedNfsExport N
nvmf_subsystem NestedNvmfSubsystem N
replica_num int RS
thin_provision bool RS
type ElfDataStoreType RS
"""
