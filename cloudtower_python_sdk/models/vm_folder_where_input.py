# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmFolderWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[VmFolderWhereInput] N
NOT:_not list[VmFolderWhereInput] N
OR:_or list[VmFolderWhereInput] N
cluster ClusterWhereInput N
id str N
id_contains str N
id_ends_with str N
id_gt str N
id_gte str N
id_in list[str] N
id_lt str N
id_lte str N
id_not str N
id_not_contains str N
id_not_ends_with str N
id_not_in list[str] N
id_not_starts_with str N
id_starts_with str N
local_id str N
local_id_contains str N
local_id_ends_with str N
local_id_gt str N
local_id_gte str N
local_id_in list[str] N
local_id_lt str N
local_id_lte str N
local_id_not str N
local_id_not_contains str N
local_id_not_ends_with str N
local_id_not_in list[str] N
local_id_not_starts_with str N
local_id_starts_with str N
name str N
name_contains str N
name_ends_with str N
name_gt str N
name_gte str N
name_in list[str] N
name_lt str N
name_lte str N
name_not str N
name_not_contains str N
name_not_ends_with str N
name_not_in list[str] N
name_not_starts_with str N
name_starts_with str N
vm_num int N
vm_num_gt int N
vm_num_gte int N
vm_num_in list[int] N
vm_num_lt int N
vm_num_lte int N
vm_num_not int N
vm_num_not_in list[int] N
vms_every VmWhereInput N
vms_none VmWhereInput N
vms_some VmWhereInput N
"""
