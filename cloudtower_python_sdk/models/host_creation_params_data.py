# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class HostCreationParamsData(Model):
    """The HostCreationParamsData object of the CloudTower API.

    Fields: see docs/models/HostCreationParamsData.md.
    """
    __slots__ = ()
    disks = F('disks', 'list[HostBatchCreateDiskInput]', F.REQUIRED)
    host_ip = F('host_ip', 'str', F.REQUIRED)
    host_uuid = F('host_uuid', 'str', F.REQUIRED)
    hostname = F('hostname', 'str', F.REQUIRED)
    ifaces = F('ifaces', 'list[HostBatchCreateIfaceInput]', F.REQUIRED)
    ipmi = F('ipmi', 'HostBatchCreateIpmiInput')
    platform_ip = F('platform_ip', 'str')
    platform_password = F('platform_password', 'str')
    platform_username = F('platform_username', 'str')
    vdses = F('vdses', 'list[HostVdsConfig]')
    zbs_spec = F('zbs_spec', 'ZbsSpec')
