# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmImportParams(Model):
    _declared = """
cluster_id str RS
cpu_cores int S
cpu_sockets int S
description str S
disk_operate OvfDiskOperate
folder_id str S
guest_os_type VmGuestsOperationSystem S
ha bool S
host_id str S
io_policy VmDiskIoPolicy S
max_bandwidth int S
max_bandwidth_policy VmDiskIoRestrictType S
max_bandwidth_unit BPSUnit S
max_iops int S
max_iops_policy VmDiskIoRestrictType S
memory int S
memory_unit ByteUnit S
name str RS
owner_id str S
parsed_ovf ParsedOVF R
status VmStatus S
upload_tasks list[str] RS
vcpu int S
vm_nics list[VmImportNicParams]
"""
