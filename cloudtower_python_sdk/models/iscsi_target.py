# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class IscsiTarget(Model):
    """The IscsiTarget object of the CloudTower API.

    Fields: see docs/models/IscsiTarget.md.
    """
    __slots__ = ()
    bps = F('bps', 'int', F.NULLABLE)
    bps_max = F('bps_max', 'int', F.NULLABLE)
    bps_max_length = F('bps_max_length', 'int', F.NULLABLE)
    bps_rd = F('bps_rd', 'int', F.NULLABLE)
    bps_rd_max = F('bps_rd_max', 'int', F.NULLABLE)
    bps_rd_max_length = F('bps_rd_max_length', 'int', F.NULLABLE)
    bps_wr = F('bps_wr', 'int', F.NULLABLE)
    bps_wr_max = F('bps_wr_max', 'int', F.NULLABLE)
    bps_wr_max_length = F('bps_wr_max_length', 'int', F.NULLABLE)
    chap_enabled = F('chap_enabled', 'bool', F.REQUIRED)
    chap_name = F('chap_name', 'str', F.NULLABLE)
    chap_secret = F('chap_secret', 'str', F.NULLABLE)
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    description = F('description', 'str', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    external_use = F('external_use', 'bool', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    initiator_chaps = F('initiator_chaps', 'list[NestedInitiatorChap]', F.NULLABLE)
    internal = F('internal', 'bool', F.REQUIRED)
    io_size = F('io_size', 'int', F.NULLABLE)
    iops = F('iops', 'int', F.NULLABLE)
    iops_max = F('iops_max', 'int', F.NULLABLE)
    iops_max_length = F('iops_max_length', 'int', F.NULLABLE)
    iops_rd = F('iops_rd', 'int', F.NULLABLE)
    iops_rd_max = F('iops_rd_max', 'int', F.NULLABLE)
    iops_rd_max_length = F('iops_rd_max_length', 'int', F.NULLABLE)
    iops_wr = F('iops_wr', 'int', F.NULLABLE)
    iops_wr_max = F('iops_wr_max', 'int', F.NULLABLE)
    iops_wr_max_length = F('iops_wr_max_length', 'int', F.NULLABLE)
    ip_whitelist = F('ip_whitelist', 'str', F.REQUIRED)
    iqn_name = F('iqn_name', 'str', F.REQUIRED)
    iqn_whitelist = F('iqn_whitelist', 'str', F.REQUIRED)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    local_id = F('local_id', 'str', F.REQUIRED)
    luns = F('luns', 'list[NestedIscsiLun]', F.NULLABLE)
    name = F('name', 'str', F.REQUIRED)
    replica_num = F('replica_num', 'int', F.REQUIRED)
    stripe_num = F('stripe_num', 'int', F.REQUIRED)
    stripe_size = F('stripe_size', 'int', F.REQUIRED)
    thin_provision = F('thin_provision', 'bool', F.REQUIRED)
