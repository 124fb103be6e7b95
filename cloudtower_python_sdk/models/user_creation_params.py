# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UserCreationParams(Model):
    """The UserCreationParams object of the CloudTower API.

    Fields: see docs/models/UserCreationParams.md.
    """
    __slots__ = ()
    auth_config_id = F('auth_config_id', 'str')
    email_address = F('email_address', 'str')
    internal = F('internal', 'bool')
    ldap_dn = F('ldap_dn', 'str')
    mobile_phone = F('mobile_phone', 'str')
    name = F('name', 'str', F.REQUIRED)
    password = F('password', 'str')
    role_id = F('role_id', 'str', F.REQUIRED)
    source = F('source', 'UserSource')
    username = F('username', 'str', F.REQUIRED)
