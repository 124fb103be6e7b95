# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ClusterStorageInfoEcConfig(Model):
    """The ClusterStorageInfoEcConfig object of the CloudTower API.

    Fields: see docs/models/ClusterStorageInfoEcConfig.md.
    """
    __slots__ = ()
    k = F('k', 'int', F.REQUIRED)
    m = F('m', 'int', F.REQUIRED)
