# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ClusterSettings(Model):
    _declared = """
cluster NestedCluster R
default_ha bool NS
default_storage_policy VmVolumeElfStoragePolicyType NS
enabled_iscsi bool NS
id str RS
vm_recycle_bin NestedVmRecycleBin N
"""
