# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class GpuDevice(Model):
    """The GpuDevice object of the CloudTower API.

    Fields: see docs/models/GpuDevice.md.
    """
    __slots__ = ()
    assigned_vgpus_num = F('assigned_vgpus_num', 'int', F.NULLABLE)
    available_vgpus_num = F('available_vgpus_num', 'int', F.NULLABLE)
    brand = F('brand', 'str', F.REQUIRED)
    bus_location = F('bus_location', 'str', F.REQUIRED)
    description = F('description', 'str', F.REQUIRED)
    driver_info = F('driver_info', 'NestedGpuDriverInfo', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    host = F('host', 'NestedHost', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    is_nvidia_tools_ready = F('is_nvidia_tools_ready', 'bool', F.NULLABLE)
    is_nvidia_vfs_enabled = F('is_nvidia_vfs_enabled', 'bool', F.NULLABLE)
    is_nvidia_vfs_supported = F('is_nvidia_vfs_supported', 'bool', F.NULLABLE)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    local_created_at = F('local_created_at', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    mdev_supported_types = F('mdev_supported_types', 'list[NestedVgpuType]', F.NULLABLE)
    model = F('model', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    status = F('status', 'GpuDeviceStatus', F.REQUIRED)
    user_usage = F('user_usage', 'GpuDeviceUsage', F.NULLABLE)
    user_vgpu_type_id = F('user_vgpu_type_id', 'str', F.NULLABLE)
    user_vgpu_type_name = F('user_vgpu_type_name', 'str', F.NULLABLE)
    vgpu_instance_num = F('vgpu_instance_num', 'int', F.NULLABLE)
    vms = F('vms', 'list[NestedVm]', F.NULLABLE)
