# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmResetGuestOsPasswordParamsData(Model):
    """The VmResetGuestOsPasswordParamsData object of the CloudTower API.

    Fields: see docs/models/VmResetGuestOsPasswordParamsData.md.
    """
    __slots__ = ()
    password = F('password', 'str', F.REQUIRED)
    username = F('username', 'str', F.REQUIRED)
