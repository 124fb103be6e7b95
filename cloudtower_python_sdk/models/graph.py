# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Graph(Model):
    _declared = """
cluster NestedCluster N
disks list[NestedDisk] N
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
hosts list[NestedHost] N
id str RS
instance_ids list[str] RS
local_id str RS
luns list[NestedIscsiLun] N
metric_count int RS
metric_name str RS
metric_type MetricType RS
namespaces list[NestedNvmfNamespace] N
network NetworkType NS
nics list[NestedNic] N
resource_type str RS
service str NS
targets object RS
title str RS
type GraphType RS
view NestedView R
vmNics:vm_nics list[NestedVmNic] N
vmVolumes:vm_volumes list[NestedVmVolume] N
vms list[NestedVm] N
witnesses list[NestedWitness] N
zones list[NestedZone] N
"""
