# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Graph(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster N
disks list[NestedDisk] N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
hosts list[NestedHost] N
id str R
instance_ids list[str] R
local_id str R
luns list[NestedIscsiLun] N
metric_count int R
metric_name str R
metric_type MetricType R
namespaces list[NestedNvmfNamespace] N
network NetworkType N
nics list[NestedNic] N
resource_type str R
service str N
targets object R
title str R
type GraphType R
view NestedView R
vmNics:vm_nics list[NestedVmNic] N
vmVolumes:vm_volumes list[NestedVmVolume] N
vms list[NestedVm] N
witnesses list[NestedWitness] N
zones list[NestedZone] N
"""
