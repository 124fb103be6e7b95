# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UserUpdationParams(Model):
    """The UserUpdationParams object of the CloudTower API.

    Fields: see docs/models/UserUpdationParams.md.
    """
    __slots__ = ()
    data = F('data', 'UserUpdationParamsData', F.REQUIRED)
    where = F('where', 'UserWhereInput', F.REQUIRED)
