# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GpuVmInfo(Model):
    _declared = """
assigned_vgpus_num int NS
available_vgpus_num int NS
brand str RS
bus_location str RS
description str RS
driver_info NestedGpuDriverInfo N
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
host NestedHost R
id str RS
is_nvidia_tools_ready bool NS
is_nvidia_vfs_enabled bool NS
is_nvidia_vfs_supported bool NS
labels list[NestedLabel] N
local_created_at str RS
local_id str RS
mdev_supported_types list[NestedVgpuType] N
model str RS
name str RS
status GpuDeviceStatus RS
user_usage GpuDeviceUsage NS
user_vgpu_type_id str NS
user_vgpu_type_name str NS
vgpu_instance_num int NS
vms list[GpuVmDetail] R
"""
