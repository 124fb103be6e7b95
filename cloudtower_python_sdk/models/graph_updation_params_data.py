# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class GraphUpdationParamsData(Model):
    """The GraphUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/GraphUpdationParamsData.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'ClusterWhereInput')
    connect_id = F('connect_id', 'list[str]')
    disks = F('disks', 'DiskWhereInput')
    hosts = F('hosts', 'HostWhereInput')
    instance_ids = F('instance_ids', 'list[str]')
    luns = F('luns', 'IscsiLunWhereInput')
    metric_count = F('metric_count', 'int')
    metric_name = F('metric_name', 'str')
    metric_type = F('metric_type', 'MetricType')
    network = F('network', 'NetworkType')
    nics = F('nics', 'NicWhereInput')
    resource_type = F('resource_type', 'str')
    service = F('service', 'str')
    title = F('title', 'str')
    type = F('type', 'GraphType')
    vm_nics = F('vmNics', 'VmNicWhereInput')
    vm_volumes = F('vmVolumes', 'VmVolumeWhereInput')
    vms = F('vms', 'VmWhereInput')
