# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ClusterSettingsWhereInput(Model):
    _declared = """
AND:_and list[ClusterSettingsWhereInput] N
NOT:_not list[ClusterSettingsWhereInput] N
OR:_or list[ClusterSettingsWhereInput] N
cluster ClusterWhereInput N
default_ha bool NS
default_ha_not bool NS
default_storage_policy VmVolumeElfStoragePolicyType NS
default_storage_policy_in list[VmVolumeElfStoragePolicyType] NS
default_storage_policy_not VmVolumeElfStoragePolicyType NS
default_storage_policy_not_in list[VmVolumeElfStoragePolicyType] NS
enabled_iscsi bool NS
enabled_iscsi_not bool NS
id str NS
id_contains str NS
id_ends_with str NS
id_gt str NS
id_gte str NS
id_in list[str] NS
id_lt str NS
id_lte str NS
id_not str NS
id_not_contains str NS
id_not_ends_with str NS
id_not_in list[str] NS
id_not_starts_with str NS
id_starts_with str NS
"""
