# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class GetClusterStorageInfoRequestBody(Model):
    """The GetClusterStorageInfoRequestBody object of the CloudTower API.

    Fields: see docs/models/GetClusterStorageInfoRequestBody.md.
    """
    __slots__ = ()
    effect = F('effect', 'GetClusterStorageInfoEffect', F.REQUIRED)
    where = F('where', 'ClusterWhereInput', F.REQUIRED)
