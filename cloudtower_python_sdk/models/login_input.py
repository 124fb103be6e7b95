# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class LoginInput(Model):
    """The LoginInput object of the CloudTower API.

    Fields: see docs/models/LoginInput.md.
    """
    __slots__ = ()
    auth_config_id = F('auth_config_id', 'str', F.NULLABLE)
    mfa_type = F('mfa_type', 'MfaType', F.NULLABLE)
    password = F('password', 'str', F.REQUIRED)
    source = F('source', 'UserSource', F.NULLABLE)
    username = F('username', 'str', F.REQUIRED)
