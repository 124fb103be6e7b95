# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class HostCreationParamsData(Model):
    _declared = """
disks list[HostBatchCreateDiskInput] R
host_ip str RS
host_uuid str RS
hostname str RS
ifaces list[HostBatchCreateIfaceInput] R
ipmi HostBatchCreateIpmiInput
platform_ip str S
platform_password str S
platform_username str S
vdses list[HostVdsConfig]
zbs_spec ZbsSpec S
"""
