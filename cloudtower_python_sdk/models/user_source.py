# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class UserSource(Enum):
    """Values of UserSource in the CloudTower API."""
    AUTHN = 'AUTHN'
    LDAP = 'LDAP'
    LOCAL = 'LOCAL'
    SSO = 'SSO'
    allowable_values = ['AUTHN', 'LDAP', 'LOCAL', 'SSO']
