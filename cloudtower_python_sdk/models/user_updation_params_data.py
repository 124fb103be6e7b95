# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UserUpdationParamsData(Model):
    __slots__ = ()
    _declared = """
email_address str N
internal bool
mobile_phone str N
name str
password str
role_id str
username str
"""
