# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class UserSource(Enum):
    """Values of UserSource in the CloudTower API."""
    AUTHN = 'AUTHN'
    LDAP = 'LDAP'
    LOCAL = 'LOCAL'
    SSO = 'SSO'
    allowable_values = ['AUTHN', 'LDAP', 'LOCAL', 'SSO']
