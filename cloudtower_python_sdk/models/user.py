# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class User(Model):
    __slots__ = ()
    _declared = """
auth_config_id str N
display_username str R
email_address str N
id str R
internal bool R
ldap_dn str N
mobile_phone str N
name str R
password_expired bool N
password_recover_qa NestedPasswordRecoverQa N
password_updated_at str N
role UserRole N
roles list[NestedUserRoleNext] N
source UserSource R
username str R
"""
