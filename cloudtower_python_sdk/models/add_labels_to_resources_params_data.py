# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class AddLabelsToResourcesParamsData(Model):
    """The AddLabelsToResourcesParamsData object of the CloudTower API.

    Fields: see docs/models/AddLabelsToResourcesParamsData.md.
    """
    __slots__ = ()
    clusters = F('clusters', 'ClusterWhereInput')
    consistency_group_snapshots = F('consistency_group_snapshots', 'ConsistencyGroupSnapshotWhereInput')
    consistency_groups = F('consistency_groups', 'ConsistencyGroupWhereInput')
    content_library_images = F('content_library_images', 'ContentLibraryImageWhereInput')
    content_library_vm_templates = F('content_library_vm_templates', 'ContentLibraryVmTemplateWhereInput')
    datacenters = F('datacenters', 'DatacenterWhereInput')
    disks = F('disks', 'DiskWhereInput')
    elf_images = F('elf_images', 'ElfImageWhereInput')
    gpu_devices = F('gpu_devices', 'GpuDeviceWhereInput')
    hosts = F('hosts', 'HostWhereInput')
    iscsi_lun_snapshots = F('iscsi_lun_snapshots', 'IscsiLunSnapshotWhereInput')
    iscsi_luns = F('iscsi_luns', 'IscsiLunWhereInput')
    iscsi_targets = F('iscsi_targets', 'IscsiTargetWhereInput')
    isolation_policies = F('isolation_policies', 'IsolationPolicyWhereInput')
    namespace_groups = F('namespace_groups', 'NamespaceGroupWhereInput')
    nfs_exports = F('nfs_exports', 'NfsExportWhereInput')
    nfs_inodes = F('nfs_inodes', 'NfsInodeWhereInput')
    nics = F('nics', 'NicWhereInput')
    nvmf_namespace_snapshots = F('nvmf_namespace_snapshots', 'NvmfNamespaceSnapshotWhereInput')
    nvmf_namespaces = F('nvmf_namespaces', 'NvmfNamespaceWhereInput')
    nvmf_subsystems = F('nvmf_subsystems', 'NvmfSubsystemWhereInput')
    security_policies = F('security_policies', 'SecurityPolicyWhereInput')
    vdses = F('vdses', 'VdsWhereInput')
    vlans = F('vlans', 'VlanWhereInput')
    vm_snapshots = F('vm_snapshots', 'VmSnapshotWhereInput')
    vm_templates = F('vm_templates', 'VmTemplateWhereInput')
    vm_volume_snapshots = F('vm_volume_snapshots', 'VmVolumeSnapshotWhereInput')
    vm_volumes = F('vm_volumes', 'VmVolumeWhereInput')
    vms = F('vms', 'VmWhereInput')
