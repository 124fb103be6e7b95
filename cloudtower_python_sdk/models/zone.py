# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class Zone(Model):
    """The Zone object of the CloudTower API.

    Fields: see docs/models/Zone.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    datacenter = F('datacenter', 'NestedDatacenter', F.REQUIRED)
    failure_data_space = F('failure_data_space', 'int', F.NULLABLE)
    host_num = F('host_num', 'int', F.NULLABLE)
    hosts = F('hosts', 'list[NestedHost]', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    is_preferred = F('is_preferred', 'bool', F.REQUIRED)
    local_id = F('local_id', 'str', F.NULLABLE)
    provisioned_cpu_cores = F('provisioned_cpu_cores', 'int', F.NULLABLE)
    provisioned_cpu_cores_for_active_vm = F('provisioned_cpu_cores_for_active_vm', 'int', F.NULLABLE)
    provisioned_data_space = F('provisioned_data_space', 'int', F.NULLABLE)
    provisioned_memory_bytes = F('provisioned_memory_bytes', 'int', F.NULLABLE)
    running_vm_num = F('running_vm_num', 'int', F.NULLABLE)
    stopped_vm_num = F('stopped_vm_num', 'int', F.NULLABLE)
    suspended_vm_num = F('suspended_vm_num', 'int', F.NULLABLE)
    total_cache_capacity = F('total_cache_capacity', 'int', F.NULLABLE)
    total_cpu_cores = F('total_cpu_cores', 'int', F.NULLABLE)
    total_cpu_hz = F('total_cpu_hz', 'int', F.NULLABLE)
    total_data_capacity = F('total_data_capacity', 'int', F.NULLABLE)
    total_memory_bytes = F('total_memory_bytes', 'int', F.NULLABLE)
    used_data_space = F('used_data_space', 'int', F.NULLABLE)
    valid_data_space = F('valid_data_space', 'int', F.NULLABLE)
    vm_num = F('vm_num', 'int', F.NULLABLE)
