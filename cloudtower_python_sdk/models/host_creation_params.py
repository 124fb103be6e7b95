# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class HostCreationParams(Model):
    """The HostCreationParams object of the CloudTower API.

    Fields: see docs/models/HostCreationParams.md.
    """
    __slots__ = ()
    auth_info = F('auth_info', 'HostAuthInfo')
    cluster_id = F('cluster_id', 'str', F.REQUIRED)
    data = F('data', 'list[HostCreationParamsData]', F.REQUIRED)
