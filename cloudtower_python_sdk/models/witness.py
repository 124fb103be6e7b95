# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class Witness(Model):
    """The Witness object of the CloudTower API.

    Fields: see docs/models/Witness.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    cpu_hz_per_core = F('cpu_hz_per_core', 'int', F.REQUIRED)
    data_ip = F('data_ip', 'str', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.NULLABLE)
    management_ip = F('management_ip', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    system_data_capacity = F('system_data_capacity', 'int', F.REQUIRED)
    system_used_data_space = F('system_used_data_space', 'int', F.REQUIRED)
    total_cpu_cores = F('total_cpu_cores', 'int', F.REQUIRED)
    total_cpu_hz = F('total_cpu_hz', 'int', F.REQUIRED)
    total_memory_bytes = F('total_memory_bytes', 'int', F.REQUIRED)
