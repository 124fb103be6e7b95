# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UserRoleNextWhereInput(Model):
    _declared = """
AND:_and list[UserRoleNextWhereInput] N
NOT:_not list[UserRoleNextWhereInput] N
OR:_or list[UserRoleNextWhereInput] N
id str NS
id_contains str NS
id_ends_with str NS
id_gt str NS
id_gte str NS
id_in list[str] NS
id_lt str NS
id_lte str NS
id_not str NS
id_not_contains str NS
id_not_ends_with str NS
id_not_in list[str] NS
id_not_starts_with str NS
id_starts_with str NS
name str NS
name_contains str NS
name_ends_with str NS
name_gt str NS
name_gte str NS
name_in list[str] NS
name_lt str NS
name_lte str NS
name_not str NS
name_not_contains str NS
name_not_ends_with str NS
name_not_in list[str] NS
name_not_starts_with str NS
name_starts_with str NS
platform UserRolePlatform NS
platform_in list[UserRolePlatform] NS
platform_not UserRolePlatform NS
platform_not_in list[UserRolePlatform] NS
preset UserRolePreset NS
preset_in list[UserRolePreset] NS
preset_not UserRolePreset NS
preset_not_in list[UserRolePreset] NS
users_every UserWhereInput N
users_none UserWhereInput N
users_some UserWhereInput N
"""
