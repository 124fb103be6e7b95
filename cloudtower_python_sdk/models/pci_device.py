# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class PciDevice(Model):
    """The PciDevice object of the CloudTower API.

    Fields: see docs/models/PciDevice.md.
    """
    __slots__ = ()
    bus = F('bus', 'str', F.REQUIRED)
    bus_location = F('bus_location', 'str', F.REQUIRED)
    class_code = F('class_code', 'str', F.REQUIRED)
    device_type = F('device_type', 'str', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    function_num = F('function_num', 'str', F.REQUIRED)
    host = F('host', 'NestedHost', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    iommu_status = F('iommu_status', 'IommuStatus', F.NULLABLE)
    local_id = F('local_id', 'str', F.REQUIRED)
    mdev_state = F('mdev_state', 'PciDeviceMdevState', F.NULLABLE)
    mdev_type_id = F('mdev_type_id', 'str', F.NULLABLE)
    name = F('name', 'str', F.REQUIRED)
    partitioning_state = F('partitioning_state', 'PciDevicePartitionState', F.NULLABLE)
    product_id = F('product_id', 'str', F.REQUIRED)
    slot = F('slot', 'str', F.REQUIRED)
    sriov_state = F('sriov_state', 'PciDeviceSriovState', F.NULLABLE)
    subsystem_product_id = F('subsystem_product_id', 'str', F.REQUIRED)
    subsystem_vendor_id = F('subsystem_vendor_id', 'str', F.REQUIRED)
    total_mdev_num = F('total_mdev_num', 'int', F.NULLABLE)
    total_partitioning_num = F('total_partitioning_num', 'int', F.NULLABLE)
    total_vf_num = F('total_vf_num', 'int', F.NULLABLE)
    usage_type = F('usage_type', 'PciDeviceType', F.NULLABLE)
    used_mdev_num = F('used_mdev_num', 'int', F.NULLABLE)
    used_partitioning_num = F('used_partitioning_num', 'int', F.NULLABLE)
    used_vf_num = F('used_vf_num', 'int', F.NULLABLE)
    user_usage = F('user_usage', 'PciDeviceUsage', F.NULLABLE)
    vendor_id = F('vendor_id', 'str', F.REQUIRED)
    verdor_name = F('verdor_name', 'str', F.REQUIRED)
