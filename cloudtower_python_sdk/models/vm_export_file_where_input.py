# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmExportFileWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[VmExportFileWhereInput] N
NOT:_not list[VmExportFileWhereInput] N
OR:_or list[VmExportFileWhereInput] N
content_library_vm_template ContentLibraryVmTemplateWhereInput N
createdAt:created_at str N
createdAt_gt:created_at_gt str N
createdAt_gte:created_at_gte str N
createdAt_in:created_at_in list[str] N
createdAt_lt:created_at_lt str N
createdAt_lte:created_at_lte str N
createdAt_not:created_at_not str N
createdAt_not_in:created_at_not_in list[str] N
damaged bool N
damaged_not bool N
data_port_id str N
data_port_id_contains str N
data_port_id_ends_with str N
data_port_id_gt str N
data_port_id_gte str N
data_port_id_in list[str] N
data_port_id_lt str N
data_port_id_lte str N
data_port_id_not str N
data_port_id_not_contains str N
data_port_id_not_ends_with str N
data_port_id_not_in list[str] N
data_port_id_not_starts_with str N
data_port_id_starts_with str N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
entityAsyncStatus_in:entity_async_status_in list[EntityAsyncStatus] N
entityAsyncStatus_not:entity_async_status_not EntityAsyncStatus N
entityAsyncStatus_not_in:entity_async_status_not_in list[EntityAsyncStatus] N
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
storage_cluster_id str N
storage_cluster_id_contains str N
storage_cluster_id_ends_with str N
storage_cluster_id_gt str N
storage_cluster_id_gte str N
storage_cluster_id_in list[str] N
storage_cluster_id_lt str N
storage_cluster_id_lte str N
storage_cluster_id_not str N
storage_cluster_id_not_contains str N
storage_cluster_id_not_ends_with str N
storage_cluster_id_not_in list[str] N
storage_cluster_id_not_starts_with str N
storage_cluster_id_starts_with str N
type VmExportFileType N
type_in list[VmExportFileType] N
type_not VmExportFileType N
type_not_in list[VmExportFileType] N
vm VmWhereInput N
vm_volume VmVolumeWhereInput N
"""
