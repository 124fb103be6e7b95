# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class RootUserCreationParams(Model):
    """The RootUserCreationParams object of the CloudTower API.

    Fields: see docs/models/RootUserCreationParams.md.
    """
    __slots__ = ()
    password = F('password', 'str', F.REQUIRED)
