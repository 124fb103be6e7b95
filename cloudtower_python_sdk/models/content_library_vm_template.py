# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ContentLibraryVmTemplate(Model):
    _declared = """
architecture Architecture RS
clock_offset VmClockOffset NS
cloud_init_supported bool RS
clusters list[NestedCluster] N
cpu NestedCpu N
cpu_model str NS
createdAt:created_at str RS
description str RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
firmware VmFirmware NS
ha bool NS
id str RS
io_policy VmDiskIoPolicy NS
labels list[NestedLabel] N
max_bandwidth int NS
max_bandwidth_policy VmDiskIoRestrictType NS
max_iops int NS
max_iops_policy VmDiskIoRestrictType NS
memory int RS
name str RS
os str NS
size int RS
template_config NestedTemplateConfig N
vcpu int RS
video_type str NS
vm_disks list[NestedContentLibraryVmTemplateDisk] N
vm_nics list[NestedContentLibraryVmTemplateNic] N
vm_template_uuids list[str] RS
vm_templates list[NestedVmTemplate] N
win_opt bool NS
zbs_storage_info list[NestedZbsStorageInfo] N
"""
