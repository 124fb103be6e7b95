# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmImportParams(Model):
    __slots__ = ()
    _declared = """
cluster_id str R
cpu_cores int
cpu_sockets int
description str
disk_operate OvfDiskOperate
folder_id str
guest_os_type VmGuestsOperationSystem
ha bool
host_id str
io_policy VmDiskIoPolicy
max_bandwidth int
max_bandwidth_policy VmDiskIoRestrictType
max_bandwidth_unit BPSUnit
max_iops int
max_iops_policy VmDiskIoRestrictType
memory int
memory_unit ByteUnit
name str R
owner_id str
parsed_ovf ParsedOVF R
status VmStatus
upload_tasks list[str] R
vcpu int
vm_nics list[VmImportNicParams]
"""
