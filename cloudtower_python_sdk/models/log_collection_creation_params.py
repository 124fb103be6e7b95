# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class LogCollectionCreationParams(Model):
    """The LogCollectionCreationParams object of the CloudTower API.

    Fields: see docs/models/LogCollectionCreationParams.md.
    """
    __slots__ = ()
    cluster_id = F('cluster_id', 'str', F.REQUIRED)
    hosts = F('hosts', 'HostWhereInput', F.REQUIRED)
    log_ended_at = F('log_ended_at', 'datetime', F.REQUIRED)
    log_started_at = F('log_started_at', 'datetime', F.REQUIRED)
    service_groups = F('service_groups', 'list[LogCollectionServiceGroupParams]')
    witness_id = F('witness_id', 'str')
