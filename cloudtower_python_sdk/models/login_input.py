# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class LoginInput(Model):
    _declared = """
auth_config_id str NS
mfa_type MfaType NS
password str RS
source UserSource NS
username str RS
"""
