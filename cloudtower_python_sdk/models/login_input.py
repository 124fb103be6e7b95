# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class LoginInput(Model):
    __slots__ = ()
    _declared = """
auth_config_id str N
mfa_type MfaType N
password str R
source UserSource N
username str R
"""
