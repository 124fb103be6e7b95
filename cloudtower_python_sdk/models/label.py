# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Label(Model):
    _declared = """
cluster_num int NS
clusters list[NestedCluster] N
consistency_group_num int NS
consistency_group_snapshot_num int NS
consistency_group_snapshots list[NestedConsistencyGroupSnapshot] N
consistency_groups list[NestedConsistencyGroup] N
content_library_image_num int NS
content_library_images list[NestedContentLibraryImage] N
content_library_vm_template_num int NS
content_library_vm_templates list[NestedContentLibraryVmTemplate] N
createdAt:created_at str RS
datacenter_num int NS
datacenters list[NestedDatacenter] N
disk_num int NS
disks list[NestedDisk] N
elf_image_num int NS
elf_images list[NestedElfImage] N
gpu_device_num int NS
gpu_devices list[NestedGpuDevice] N
host_num int NS
hosts list[NestedHost] N
id str RS
iscsi_lun_num int NS
iscsi_lun_snapshot_num int NS
iscsi_lun_snapshots list[NestedIscsiLunSnapshot] N
iscsi_luns list[NestedIscsiLun] N
iscsi_target_num int NS
iscsi_targets list[NestedIscsiTarget] N
isolation_policies list[NestedIsolationPolicy] N
isolation_policy_num int NS
key str RS
namespace_group_num int NS
namespace_groups list[NestedNamespaceGroup] N
nfs_export_num int NS
nfs_exports list[NestedNfsExport] N
nfs_inode_num int NS
nfs_inodes list[NestedNfsInode] N
nic_num int NS
nics list[NestedNic] N
nvmf_namespace_num int NS
nvmf_namespace_snapshot_num int NS
nvmf_namespace_snapshots list[NestedNvmfNamespaceSnapshot] N
nvmf_namespaces list[NestedNvmfNamespace] N
nvmf_subsystem_num int NS
nvmf_subsystems list[NestedNvmfSubsystem] N
security_policies list[NestedSecurityPolicy] N
security_policy_num int NS
system_vlan_num int NS
total_num int NS
value str NS
vds_num int NS
vdses list[NestedVds] N
vlans list[NestedVlan] N
vm_num int NS
vm_snapshot_num int NS
vm_snapshots list[NestedVmSnapshot] N
vm_template_num int NS
vm_templates list[NestedVmTemplate] N
vm_vlan_num int NS
vm_volume_num int NS
vm_volume_snapshot_num int NS
vm_volume_snapshots list[NestedVmVolumeSnapshot] N
vm_volumes list[NestedVmVolume] N
vms list[NestedVm] N
"""
