# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ElfDataStore(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
description str R
external_use bool R
id str R
internal bool R
ip_whitelist str R
iscsi_target NestedIscsiTarget N
local_id str R
name str R
nfs_export NestedNfsExport N
nvmf_subsystem NestedNvmfSubsystem N
replica_num int R
thin_provision bool R
type ElfDataStoreType R
"""
