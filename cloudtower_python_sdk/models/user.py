# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class User(Model):
    """The User object of the CloudTower API.

    Fields: see docs/models/User.md.
    """
    __slots__ = ()
    auth_config_id = F('auth_config_id', 'str', F.NULLABLE)
    display_username = F('display_username', 'str', F.REQUIRED)
    email_address = F('email_address', 'str', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    internal = F('internal', 'bool', F.REQUIRED)
    ldap_dn = F('ldap_dn', 'str', F.NULLABLE)
    mobile_phone = F('mobile_phone', 'str', F.NULLABLE)
    name = F('name', 'str', F.REQUIRED)
    password_expired = F('password_expired', 'bool', F.NULLABLE)
    password_recover_qa = F('password_recover_qa', 'NestedPasswordRecoverQa', F.NULLABLE)
    password_updated_at = F('password_updated_at', 'str', F.NULLABLE)
    role = F('role', 'UserRole', F.NULLABLE)
    roles = F('roles', 'list[NestedUserRoleNext]', F.NULLABLE)
    source = F('source', 'UserSource', F.REQUIRED)
    username = F('username', 'str', F.REQUIRED)
