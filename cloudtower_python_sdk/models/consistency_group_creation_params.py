# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ConsistencyGroupCreationParams(Model):
    """The ConsistencyGroupCreationParams object of the CloudTower API.

    Fields: see docs/models/ConsistencyGroupCreationParams.md.
    """
    __slots__ = ()
    cluster_id = F('cluster_id', 'str', F.REQUIRED)
    description = F('description', 'str')
    iscsi_luns_ids = F('iscsi_luns_ids', 'list[str]', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    namespaces_ids = F('namespaces_ids', 'list[str]', F.REQUIRED)
