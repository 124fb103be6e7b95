# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UserUpdationParamsData(Model):
    """The UserUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/UserUpdationParamsData.md.
    """
    __slots__ = ()
    email_address = F('email_address', 'str', F.NULLABLE)
    internal = F('internal', 'bool')
    mobile_phone = F('mobile_phone', 'str', F.NULLABLE)
    name = F('name', 'str')
    password = F('password', 'str')
    role_id = F('role_id', 'str')
    username = F('username', 'str')
