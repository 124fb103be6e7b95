# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ClusterSettings(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
default_ha bool N
default_storage_policy VmVolumeElfStoragePolicyType N
enabled_iscsi bool N
id str R
vm_recycle_bin NestedVmRecycleBin N
"""
