# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class UserOrderByInput(Enum):
    """Values of UserOrderByInput in the CloudTower API."""
    AUTH_CONFIG_ID_ASC = 'auth_config_id_ASC'
    AUTH_CONFIG_ID_DESC = 'auth_config_id_DESC'
    DISPLAY_USERNAME_ASC = 'display_username_ASC'
    DISPLAY_USERNAME_DESC = 'display_username_DESC'
    EMAIL_ADDRESS_ASC = 'email_address_ASC'
    EMAIL_ADDRESS_DESC = 'email_address_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    INTERNAL_ASC = 'internal_ASC'
    INTERNAL_DESC = 'internal_DESC'
    LDAP_DN_ASC = 'ldap_dn_ASC'
    LDAP_DN_DESC = 'ldap_dn_DESC'
    MOBILE_PHONE_ASC = 'mobile_phone_ASC'
    MOBILE_PHONE_DESC = 'mobile_phone_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    PASSWORD_EXPIRED_ASC = 'password_expired_ASC'
    PASSWORD_EXPIRED_DESC = 'password_expired_DESC'
    PASSWORD_RECOVER_QA_ASC = 'password_recover_qa_ASC'
    PASSWORD_RECOVER_QA_DESC = 'password_recover_qa_DESC'
    PASSWORD_UPDATED_AT_ASC = 'password_updated_at_ASC'
    PASSWORD_UPDATED_AT_DESC = 'password_updated_at_DESC'
    ROLE_ASC = 'role_ASC'
    ROLE_DESC = 'role_DESC'
    SOURCE_ASC = 'source_ASC'
    SOURCE_DESC = 'source_DESC'
    USERNAME_ASC = 'username_ASC'
    USERNAME_DESC = 'username_DESC'
    allowable_values = ['auth_config_id_ASC', 'auth_config_id_DESC', 'display_username_ASC', 'display_username_DESC', 'email_address_ASC', 'email_address_DESC', 'id_ASC', 'id_DESC', 'internal_ASC', 'internal_DESC', 'ldap_dn_ASC', 'ldap_dn_DESC', 'mobile_phone_ASC', 'mobile_phone_DESC', 'name_ASC', 'name_DESC', 'password_expired_ASC', 'password_expired_DESC', 'password_recover_qa_ASC', 'password_recover_qa_DESC', 'password_updated_at_ASC', 'password_updated_at_DESC', 'role_ASC', 'role_DESC', 'source_ASC', 'source_DESC', 'username_ASC', 'username_DESC']
