# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class LogCollection(Model):
    """The LogCollection object of the CloudTower API.

    Fields: see docs/models/LogCollection.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    groups = F('groups', 'list[str]', F.REQUIRED)
    hosts = F('hosts', 'list[NestedHost]', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    log_ended_at = F('log_ended_at', 'str', F.REQUIRED)
    log_started_at = F('log_started_at', 'str', F.REQUIRED)
    owner = F('owner', 'str', F.REQUIRED)
    path = F('path', 'str', F.REQUIRED)
    progress = F('progress', 'float', F.REQUIRED)
    service_groups = F('service_groups', 'object', F.NULLABLE)
    services = F('services', 'list[str]', F.REQUIRED)
    size = F('size', 'int', F.REQUIRED)
    started_at = F('started_at', 'str', F.REQUIRED)
    status = F('status', 'LogCollectionStatus', F.REQUIRED)
    witness = F('witness', 'NestedWitness', F.NULLABLE)
