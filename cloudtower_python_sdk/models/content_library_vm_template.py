# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ContentLibraryVmTemplate(Model):
    __slots__ = ()
    _declared = """
architecture Architecture R
clock_offset VmClockOffset N
cloud_init_supported bool R
clusters list[NestedCluster] N
cpu NestedCpu N
cpu_model str N
createdAt:created_at str R
description str R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
firmware VmFirmware N
ha bool N
id str R
io_policy VmDiskIoPolicy N
labels list[NestedLabel] N
max_bandwidth int N
max_bandwidth_policy VmDiskIoRestrictType N
max_iops int N
max_iops_policy VmDiskIoRestrictType N
memory int R
name str R
os str N
size int R
template_config NestedTemplateConfig N
vcpu int R
video_type str N
vm_disks list[NestedContentLibraryVmTemplateDisk] N
vm_nics list[NestedContentLibraryVmTemplateNic] N
vm_template_uuids list[str] R
vm_templates list[NestedVmTemplate] N
win_opt bool N
zbs_storage_info list[NestedZbsStorageInfo] N
"""
