# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UpdateVsphereEsxiAccountParamsData(Model):
    """The UpdateVsphereEsxiAccountParamsData object of the CloudTower API.

    Fields: see docs/models/UpdateVsphereEsxiAccountParamsData.md.
    """
    __slots__ = ()
    esxi_account_id = F('esxi_account_id', 'str', F.REQUIRED)
    ip = F('ip', 'str', F.REQUIRED)
    password = F('password', 'str')
    port = F('port', 'int')
    username = F('username', 'str', F.REQUIRED)
