# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UserCreationParams(Model):
    _declared = """
auth_config_id str S
email_address str S
internal bool S
ldap_dn str S
mobile_phone str S
name str RS
password str S
role_id str RS
source UserSource S
username str RS
"""
