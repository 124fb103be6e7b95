# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ConsistencyGroupDeletionParamsData(Model):
    """The ConsistencyGroupDeletionParamsData object of the CloudTower API.

    Fields: see docs/models/ConsistencyGroupDeletionParamsData.md.
    """
    __slots__ = ()
    remain_volume_snapshot = F('remain_volume_snapshot', 'bool')
