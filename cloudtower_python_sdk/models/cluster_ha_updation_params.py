# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ClusterHaUpdationParams(Model):
    """The ClusterHaUpdationParams object of the CloudTower API.

    Fields: see docs/models/ClusterHaUpdationParams.md.
    """
    __slots__ = ()
    ha = F('ha', 'bool', F.REQUIRED)
    where = F('where', 'ClusterWhereInput', F.REQUIRED)
