# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GraphUpdationParamsData(Model):
    _declared = """
cluster ClusterWhereInput
connect_id list[str] S
disks DiskWhereInput
hosts HostWhereInput
instance_ids list[str] S
luns IscsiLunWhereInput
metric_count int S
metric_name str S
metric_type MetricType S
network NetworkType S
nics NicWhereInput
resource_type str S
service str S
title str S
type GraphType S
vmNics:vm_nics VmNicWhereInput
vmVolumes:vm_volumes VmVolumeWhereInput
vms VmWhereInput
"""
