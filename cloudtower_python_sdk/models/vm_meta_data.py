# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmMetaData(Model):
    """The VmMetaData object of the CloudTower API.

    Fields: see docs/models/VmMetaData.md.
    """
    __slots__ = ()
    boot_with_host = F('boot_with_host', 'bool', F.NULLABLE)
    clock_offset = F('clock_offset', 'VmClockOffset', F.NULLABLE)
    cluster_architecture = F('cluster_architecture', 'Architecture', F.NULLABLE)
    cluster_local_id = F('cluster_local_id', 'str', F.NULLABLE)
    cluster_type = F('cluster_type', 'ClusterType', F.NULLABLE)
    cluster_version = F('cluster_version', 'str', F.NULLABLE)
    cluster_vhost_enabled = F('cluster_vhost_enabled', 'bool', F.NULLABLE)
    cpu_cores = F('cpu_cores', 'int', F.NULLABLE)
    cpu_exclusive_expected_enabled = F('cpu_exclusive_expected_enabled', 'bool', F.NULLABLE)
    cpu_model = F('cpu_model', 'str', F.NULLABLE)
    cpu_sockets = F('cpu_sockets', 'int', F.NULLABLE)
    description = F('description', 'str', F.NULLABLE)
    firmware = F('firmware', 'VmFirmware', F.NULLABLE)
    guest_os_type = F('guest_os_type', 'VmGuestsOperationSystem', F.NULLABLE)
    ha = F('ha', 'bool', F.NULLABLE)
    ha_priority = F('ha_priority', 'VmHaPriority', F.NULLABLE)
    host_local_id = F('host_local_id', 'str', F.NULLABLE)
    internal = F('internal', 'bool', F.NULLABLE)
    io_policy = F('io_policy', 'VmDiskIoPolicy', F.NULLABLE)
    local_id = F('local_id', 'str', F.NULLABLE)
    max_bandwidth = F('max_bandwidth', 'float', F.NULLABLE)
    max_bandwidth_policy = F('max_bandwidth_policy', 'VmDiskIoRestrictType', F.NULLABLE)
    max_iops = F('max_iops', 'int', F.NULLABLE)
    max_iops_policy = F('max_iops_policy', 'VmDiskIoRestrictType', F.NULLABLE)
    memory = F('memory', 'float', F.NULLABLE)
    name = F('name', 'str', F.NULLABLE)
    nested_virtualization = F('nested_virtualization', 'bool', F.NULLABLE)
    protected = F('protected', 'bool', F.NULLABLE)
    sync_vm_time_on_resume = F('sync_vm_time_on_resume', 'bool', F.NULLABLE)
    vcpu = F('vcpu', 'int', F.NULLABLE)
    video_type = F('video_type', 'VmVideoType', F.NULLABLE)
    vm_disks = F('vm_disks', 'list[VmDiskMetaData]', F.NULLABLE)
    vm_nics = F('vm_nics', 'list[VmNicMetaData]', F.NULLABLE)
    vm_tools_status = F('vm_tools_status', 'VmToolsStatus', F.NULLABLE)
    win_opt = F('win_opt', 'bool', F.NULLABLE)
