# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UserRoleNext(Model):
    """The UserRoleNext object of the CloudTower API.

    Fields: see docs/models/UserRoleNext.md.
    """
    __slots__ = ()
    actions = F('actions', 'list[str]', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    platform = F('platform', 'UserRolePlatform', F.REQUIRED)
    preset = F('preset', 'UserRolePreset', F.NULLABLE)
    users = F('users', 'list[NestedUser]', F.NULLABLE)
