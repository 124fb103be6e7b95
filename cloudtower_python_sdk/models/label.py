# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Label(Model):
    __slots__ = ()
    _declared = """
cluster_num int N
clusters list[NestedCluster] N
consistency_group_num int N
consistency_group_snapshot_num int N
consistency_group_snapshots list[NestedConsistencyGroupSnapshot] N
consistency_groups list[NestedConsistencyGroup] N
content_library_image_num int N
content_library_images list[NestedContentLibraryImage] N
content_library_vm_template_num int N
content_library_vm_templates list[NestedContentLibraryVmTemplate] N
createdAt:created_at str R
datacenter_num int N
datacenters list[NestedDatacenter] N
disk_num int N
disks list[NestedDisk] N
elf_image_num int N
elf_images list[NestedElfImage] N
gpu_device_num int N
gpu_devices list[NestedGpuDevice] N
host_num int N
hosts list[NestedHost] N
id str R
iscsi_lun_num int N
iscsi_lun_snapshot_num int N
iscsi_lun_snapshots list[NestedIscsiLunSnapshot] N
iscsi_luns list[NestedIscsiLun] N
iscsi_target_num int N
iscsi_targets list[NestedIscsiTarget] N
isolation_policies list[NestedIsolationPolicy] N
isolation_policy_num int N
key str R
namespace_group_num int N
namespace_groups list[NestedNamespaceGroup] N
nfs_export_num int N
nfs_exports list[NestedNfsExport] N
nfs_inode_num int N
nfs_inodes list[NestedNfsInode] N
nic_num int N
nics list[NestedNic] N
nvmf_namespace_num int N
nvmf_namespace_snapshot_num int N
nvmf_namespace_snapshots list[NestedNvmfNamespaceSnapshot] N
nvmf_namespaces list[NestedNvmfNamespace] N
nvmf_subsystem_num int N
nvmf_subsystems list[NestedNvmfSubsystem] N
security_policies list[NestedSecurityPolicy] N
security_policy_num int N
system_vlan_num int N
total_num int N
value str N
vds_num int N
vdses list[NestedVds] N
vlans list[NestedVlan] N
vm_num int N
vm_snapshot_num int N
vm_snapshots list[NestedVmSnapshot] N
vm_template_num int N
vm_templates list[NestedVmTemplate] N
vm_vlan_num int N
vm_volume_num int N
vm_volume_snapshot_num int N
vm_volume_snapshots list[NestedVmVolumeSnapshot] N
vm_volumes list[NestedVmVolume] N
vms list[NestedVm] N
"""
