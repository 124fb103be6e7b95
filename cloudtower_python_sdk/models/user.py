# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class User(Model):
    _declared = """
auth_config_id str NS
display_username str RS
email_address str NS
id str RS
internal bool RS
ldap_dn str NS
mobile_phone str NS
name str RS
password_expired bool NS
password_recover_qa NestedPasswordRecoverQa N
password_updated_at str NS
role UserRole NS
roles list[NestedUserRoleNext] N
source UserSource RS
username str RS
"""
