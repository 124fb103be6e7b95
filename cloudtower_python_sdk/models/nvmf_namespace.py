# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NvmfNamespace(Model):
    """The NvmfNamespace object of the CloudTower API.

    Fields: see docs/models/NvmfNamespace.md.
    """
    __slots__ = ()
    assigned_size = F('assigned_size', 'int', F.REQUIRED)
    bps = F('bps', 'int', F.REQUIRED)
    bps_max = F('bps_max', 'int', F.REQUIRED)
    bps_max_length = F('bps_max_length', 'int', F.REQUIRED)
    bps_rd = F('bps_rd', 'int', F.REQUIRED)
    bps_rd_max = F('bps_rd_max', 'int', F.REQUIRED)
    bps_rd_max_length = F('bps_rd_max_length', 'int', F.REQUIRED)
    bps_wr = F('bps_wr', 'int', F.REQUIRED)
    bps_wr_max = F('bps_wr_max', 'int', F.REQUIRED)
    bps_wr_max_length = F('bps_wr_max_length', 'int', F.REQUIRED)
    consistency_group = F('consistency_group', 'NestedConsistencyGroup', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    io_size = F('io_size', 'int', F.REQUIRED)
    iops = F('iops', 'int', F.REQUIRED)
    iops_max = F('iops_max', 'int', F.REQUIRED)
    iops_max_length = F('iops_max_length', 'int', F.REQUIRED)
    iops_rd = F('iops_rd', 'int', F.REQUIRED)
    iops_rd_max = F('iops_rd_max', 'int', F.REQUIRED)
    iops_rd_max_length = F('iops_rd_max_length', 'int', F.REQUIRED)
    iops_wr = F('iops_wr', 'int', F.REQUIRED)
    iops_wr_max = F('iops_wr_max', 'int', F.REQUIRED)
    iops_wr_max_length = F('iops_wr_max_length', 'int', F.REQUIRED)
    is_shared = F('is_shared', 'bool', F.REQUIRED)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    local_created_at = F('local_created_at', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    namespace_group = F('namespace_group', 'NestedNamespaceGroup', F.NULLABLE)
    namespace_id = F('namespace_id', 'int', F.REQUIRED)
    nqn_whitelist = F('nqn_whitelist', 'str', F.REQUIRED)
    nvmf_subsystem = F('nvmf_subsystem', 'NestedNvmfSubsystem', F.REQUIRED)
    replica_num = F('replica_num', 'int', F.REQUIRED)
    shared_size = F('shared_size', 'int', F.REQUIRED)
    snapshot_num = F('snapshot_num', 'int', F.REQUIRED)
    stripe_num = F('stripe_num', 'int', F.REQUIRED)
    stripe_size = F('stripe_size', 'int', F.REQUIRED)
    thin_provision = F('thin_provision', 'bool', F.REQUIRED)
    unique_logical_size = F('unique_logical_size', 'float', F.NULLABLE)
    unique_size = F('unique_size', 'int', F.REQUIRED)
    zbs_volume_id = F('zbs_volume_id', 'str', F.REQUIRED)
