# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmExportFileWhereInput(Model):
    _declared = """
AND:_and list[VmExportFileWhereInput] N
NOT:_not list[VmExportFileWhereInput] N
OR:_or list[VmExportFileWhereInput] N
content_library_vm_template ContentLibraryVmTemplateWhereInput N
createdAt:created_at str NS
createdAt_gt:created_at_gt str NS
createdAt_gte:created_at_gte str NS
createdAt_in:created_at_in list[str] NS
createdAt_lt:created_at_lt str NS
createdAt_lte:created_at_lte str NS
createdAt_not:created_at_not str NS
createdAt_not_in:created_at_not_in list[str] NS
damaged bool NS
damaged_not bool NS
data_port_id str NS
data_port_id_contains str NS
data_port_id_ends_with str NS
data_port_id_gt str NS
data_port_id_gte str NS
data_port_id_in list[str] NS
data_port_id_lt str NS
data_port_id_lte str NS
data_port_id_not str NS
data_port_id_not_contains str NS
data_port_id_not_ends_with str NS
data_port_id_not_in list[str] NS
data_port_id_not_starts_with str NS
data_port_id_starts_with str NS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
entityAsyncStatus_in:entity_async_status_in list[EntityAsyncStatus] NS
entityAsyncStatus_not:entity_async_status_not EntityAsyncStatus NS
entityAsyncStatus_not_in:entity_async_status_not_in list[EntityAsyncStatus] NS
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
storage_cluster_id str NS
storage_cluster_id_contains str NS
storage_cluster_id_ends_with str NS
storage_cluster_id_gt str NS
storage_cluster_id_gte str NS
storage_cluster_id_in list[str] NS
storage_cluster_id_lt str NS
storage_cluster_id_lte str NS
storage_cluster_id_not str NS
storage_cluster_id_not_contains str NS
storage_cluster_id_not_ends_with str NS
storage_cluster_id_not_in list[str] NS
storage_cluster_id_not_starts_with str NS
storage_cluster_id_starts_with str NS
type VmExportFileType NS
type_in list[VmExportFileType] NS
type_not VmExportFileType NS
type_not_in list[VmExportFileType] NS
vm VmWhereInput N
vm_volume VmVolumeWhereInput N
"""
