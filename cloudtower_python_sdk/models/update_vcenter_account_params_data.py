# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UpdateVcenterAccountParamsData(Model):
    """The UpdateVcenterAccountParamsData object of the CloudTower API.

    Fields: see docs/models/UpdateVcenterAccountParamsData.md.
    """
    __slots__ = ()
    ip = F('ip', 'str', F.REQUIRED)
    password = F('password', 'str', F.REQUIRED)
    port = F('port', 'int', F.REQUIRED)
    username = F('username', 'str', F.REQUIRED)
