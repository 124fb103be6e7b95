# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UserRoleNextWhereInput(Model):
    """The UserRoleNextWhereInput object of the CloudTower API.

    Fields: see docs/models/UserRoleNextWhereInput.md.
    """
    __slots__ = ()
    _and = F('AND', 'list[UserRoleNextWhereInput]', F.NULLABLE)
    _not = F('NOT', 'list[UserRoleNextWhereInput]', F.NULLABLE)
    _or = F('OR', 'list[UserRoleNextWhereInput]', F.NULLABLE)
    id = F('id', 'str', F.NULLABLE)
    id_contains = F('id_contains', 'str', F.NULLABLE)
    id_ends_with = F('id_ends_with', 'str', F.NULLABLE)
    id_gt = F('id_gt', 'str', F.NULLABLE)
    id_gte = F('id_gte', 'str', F.NULLABLE)
    id_in = F('id_in', 'list[str]', F.NULLABLE)
    id_lt = F('id_lt', 'str', F.NULLABLE)
    id_lte = F('id_lte', 'str', F.NULLABLE)
    id_not = F('id_not', 'str', F.NULLABLE)
    id_not_contains = F('id_not_contains', 'str', F.NULLABLE)
    id_not_ends_with = F('id_not_ends_with', 'str', F.NULLABLE)
    id_not_in = F('id_not_in', 'list[str]', F.NULLABLE)
    id_not_starts_with = F('id_not_starts_with', 'str', F.NULLABLE)
    id_starts_with = F('id_starts_with', 'str', F.NULLABLE)
    name = F('name', 'str', F.NULLABLE)
    name_contains = F('name_contains', 'str', F.NULLABLE)
    name_ends_with = F('name_ends_with', 'str', F.NULLABLE)
    name_gt = F('name_gt', 'str', F.NULLABLE)
    name_gte = F('name_gte', 'str', F.NULLABLE)
    name_in = F('name_in', 'list[str]', F.NULLABLE)
    name_lt = F('name_lt', 'str', F.NULLABLE)
    name_lte = F('name_lte', 'str', F.NULLABLE)
    name_not = F('name_not', 'str', F.NULLABLE)
    name_not_contains = F('name_not_contains', 'str', F.NULLABLE)
    name_not_ends_with = F('name_not_ends_with', 'str', F.NULLABLE)
    name_not_in = F('name_not_in', 'list[str]', F.NULLABLE)
    name_not_starts_with = F('name_not_starts_with', 'str', F.NULLABLE)
    name_starts_with = F('name_starts_with', 'str', F.NULLABLE)
    platform = F('platform', 'UserRolePlatform', F.NULLABLE)
    platform_in = F('platform_in', 'list[UserRolePlatform]', F.NULLABLE)
    platform_not = F('platform_not', 'UserRolePlatform', F.NULLABLE)
    platform_not_in = F('platform_not_in', 'list[UserRolePlatform]', F.NULLABLE)
    preset = F('preset', 'UserRolePreset', F.NULLABLE)
    preset_in = F('preset_in', 'list[UserRolePreset]', F.NULLABLE)
    preset_not = F('preset_not', 'UserRolePreset', F.NULLABLE)
    preset_not_in = F('preset_not_in', 'list[UserRolePreset]', F.NULLABLE)
    users_every = F('users_every', 'UserWhereInput', F.NULLABLE)
    users_none = F('users_none', 'UserWhereInput', F.NULLABLE)
    users_some = F('users_some', 'UserWhereInput', F.NULLABLE)
