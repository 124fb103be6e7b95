# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class HostAuthInfo(Model):
    """The HostAuthInfo object of the CloudTower API.

    Fields: see docs/models/HostAuthInfo.md.
    """
    __slots__ = ()
    default_user_password = F('default_user_password', 'str')
    root_user_password = F('root_user_password', 'str')
