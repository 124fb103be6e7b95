# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GraphUpdationParamsData(Model):
    __slots__ = ()
    _declared = """
cluster ClusterWhereInput
connect_id list[str]
disks DiskWhereInput
hosts HostWhereInput
instance_ids list[str]
luns IscsiLunWhereInput
metric_count int
metric_name str
metric_type MetricType
network NetworkType
nics NicWhereInput
resource_type str
service str
title str
type GraphType
vmNics:vm_nics VmNicWhereInput
vmVolumes:vm_volumes VmVolumeWhereInput
vms VmWhereInput
"""
