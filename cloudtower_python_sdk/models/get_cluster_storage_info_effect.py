# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class GetClusterStorageInfoEffect(Model):
    """The GetClusterStorageInfoEffect object of the CloudTower API.

    Fields: see docs/models/GetClusterStorageInfoEffect.md.
    """
    __slots__ = ()
    ec = F('ec', 'list[ClusterStorageInfoEcConfig]')
    replica = F('replica', 'list[int]')
