# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmSnapshot(Model):
    """The VmSnapshot object of the CloudTower API.

    Fields: see docs/models/VmSnapshot.md.
    """
    __slots__ = ()
    clock_offset = F('clock_offset', 'VmClockOffset', F.REQUIRED)
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    consistent_type = F('consistent_type', 'ConsistentType', F.REQUIRED)
    cpu = F('cpu', 'NestedCpu', F.REQUIRED)
    cpu_model = F('cpu_model', 'str', F.REQUIRED)
    description = F('description', 'str', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    firmware = F('firmware', 'VmFirmware', F.REQUIRED)
    ha = F('ha', 'bool', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    io_policy = F('io_policy', 'VmDiskIoPolicy', F.NULLABLE)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    local_created_at = F('local_created_at', 'str', F.NULLABLE)
    local_id = F('local_id', 'str', F.REQUIRED)
    max_bandwidth = F('max_bandwidth', 'int', F.NULLABLE)
    max_bandwidth_policy = F('max_bandwidth_policy', 'VmDiskIoRestrictType', F.NULLABLE)
    max_iops = F('max_iops', 'int', F.NULLABLE)
    max_iops_policy = F('max_iops_policy', 'VmDiskIoRestrictType', F.NULLABLE)
    memory = F('memory', 'int', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    size = F('size', 'int', F.REQUIRED)
    snapshot_group = F('snapshot_group', 'NestedSnapshotGroup', F.NULLABLE)
    vcpu = F('vcpu', 'int', F.REQUIRED)
    vm = F('vm', 'NestedVm', F.NULLABLE)
    vm_disks = F('vm_disks', 'list[NestedFrozenDisks]', F.NULLABLE)
    vm_nics = F('vm_nics', 'list[NestedFrozenNic]', F.NULLABLE)
    win_opt = F('win_opt', 'bool', F.REQUIRED)
