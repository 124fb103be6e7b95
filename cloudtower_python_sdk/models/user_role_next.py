# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UserRoleNext(Model):
    _declared = """
actions list[str] RS
id str RS
name str RS
platform UserRolePlatform RS
preset UserRolePreset NS
users list[NestedUser] N
"""
