# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UserRoleNext(Model):
    __slots__ = ()
    _declared = """
actions list[str] R
id str R
name str R
platform UserRolePlatform R
preset UserRolePreset N
users list[NestedUser] N
"""
