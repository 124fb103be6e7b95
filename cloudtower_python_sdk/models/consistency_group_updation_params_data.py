# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ConsistencyGroupUpdationParamsData(Model):
    """The ConsistencyGroupUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/ConsistencyGroupUpdationParamsData.md.
    """
    __slots__ = ()
    description = F('description', 'str')
    iscsi_luns_ids = F('iscsi_luns_ids', 'list[str]')
    name = F('name', 'str')
    namespaces_ids = F('namespaces_ids', 'list[str]')
    remain_volume_snapshot = F('remain_volume_snapshot', 'bool')
