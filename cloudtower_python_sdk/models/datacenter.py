# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class Datacenter(Model):
    """The Datacenter object of the CloudTower API.

    Fields: see docs/models/Datacenter.md.
    """
    __slots__ = ()
    cluster_num = F('cluster_num', 'int', F.NULLABLE)
    clusters = F('clusters', 'list[NestedCluster]', F.NULLABLE)
    failure_data_space = F('failure_data_space', 'int', F.NULLABLE)
    host_num = F('host_num', 'int', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    name = F('name', 'str', F.REQUIRED)
    organization = F('organization', 'NestedOrganization', F.REQUIRED)
    total_cpu_hz = F('total_cpu_hz', 'int', F.NULLABLE)
    total_data_capacity = F('total_data_capacity', 'int', F.NULLABLE)
    total_memory_bytes = F('total_memory_bytes', 'int', F.NULLABLE)
    used_cpu_hz = F('used_cpu_hz', 'float', F.NULLABLE)
    used_data_space = F('used_data_space', 'int', F.NULLABLE)
    used_memory_bytes = F('used_memory_bytes', 'float', F.NULLABLE)
    vm_num = F('vm_num', 'int', F.NULLABLE)
