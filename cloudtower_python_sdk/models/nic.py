# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class Nic(Model):
    """The Nic object of the CloudTower API.

    Fields: see docs/models/Nic.md.
    """
    __slots__ = ()
    driver = F('driver', 'str', F.NULLABLE)
    driver_state = F('driver_state', 'NicDriverState', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    gateway_ip = F('gateway_ip', 'str', F.NULLABLE)
    host = F('host', 'NestedHost', F.REQUIRED)
    ibdev = F('ibdev', 'str', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    iommu_status = F('iommu_status', 'IommuStatus', F.NULLABLE)
    ip_address = F('ip_address', 'str', F.NULLABLE)
    is_sriov = F('is_sriov', 'bool', F.NULLABLE)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    local_id = F('local_id', 'str', F.REQUIRED)
    mac_address = F('mac_address', 'str', F.REQUIRED)
    max_vf_num = F('max_vf_num', 'int', F.NULLABLE)
    model = F('model', 'str', F.NULLABLE)
    mtu = F('mtu', 'int', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    nic_uuid = F('nic_uuid', 'str', F.NULLABLE)
    physical = F('physical', 'bool', F.REQUIRED)
    rdma_enabled = F('rdma_enabled', 'bool', F.NULLABLE)
    running = F('running', 'bool', F.REQUIRED)
    speed = F('speed', 'int', F.NULLABLE)
    subnet_mask = F('subnet_mask', 'str', F.NULLABLE)
    total_vf_num = F('total_vf_num', 'int', F.NULLABLE)
    type = F('type', 'NetworkType', F.NULLABLE)
    up = F('up', 'bool', F.REQUIRED)
    used_vf_num = F('used_vf_num', 'int', F.NULLABLE)
    user_usage = F('user_usage', 'NicUserUsage', F.NULLABLE)
    vds = F('vds', 'NestedVds', F.NULLABLE)
    vms = F('vms', 'list[NestedVm]', F.NULLABLE)
