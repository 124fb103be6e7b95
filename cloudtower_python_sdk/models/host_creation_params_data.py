# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class HostCreationParamsData(Model):
    __slots__ = ()
    _declared = """
disks list[HostBatchCreateDiskInput] R
host_ip str R
host_uuid str R
hostname str R
ifaces list[HostBatchCreateIfaceInput] R
ipmi HostBatchCreateIpmiInput
platform_ip str
platform_password str
platform_username str
vdses list[HostVdsConfig]
zbs_spec ZbsSpec
"""
