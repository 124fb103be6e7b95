# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UserUpdationParamsData(Model):
    _declared = """
email_address str NS
internal bool S
mobile_phone str NS
name str S
password str S
role_id str S
username str S
"""
