# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GpuDevice(Model):
    __slots__ = ()
    _declared = """
assigned_vgpus_num int N
available_vgpus_num int N
brand str R
bus_location str R
description str R
driver_info NestedGpuDriverInfo N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
host NestedHost R
id str R
is_nvidia_tools_ready bool N
is_nvidia_vfs_enabled bool N
is_nvidia_vfs_supported bool N
labels list[NestedLabel] N
local_created_at str R
local_id str R
mdev_supported_types list[NestedVgpuType] N
model str R
name str R
status GpuDeviceStatus R
user_usage GpuDeviceUsage N
user_vgpu_type_id str N
user_vgpu_type_name str N
vgpu_instance_num int N
vms list[NestedVm] N
"""
