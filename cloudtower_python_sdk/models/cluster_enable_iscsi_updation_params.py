# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ClusterEnableIscsiUpdationParams(Model):
    """The ClusterEnableIscsiUpdationParams object of the CloudTower API.

    Fields: see docs/models/ClusterEnableIscsiUpdationParams.md.
    """
    __slots__ = ()
    enable_iscsi = F('enable_iscsi', 'bool', F.REQUIRED)
    where = F('where', 'ClusterWhereInput', F.REQUIRED)
