# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UserCreationParams(Model):
    __slots__ = ()
    _declared = """
auth_config_id str
email_address str
internal bool
ldap_dn str
mobile_phone str
name str R
password str
role_id str R
source UserSource
username str R
"""
