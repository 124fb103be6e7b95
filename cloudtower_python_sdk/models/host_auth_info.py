# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class HostAuthInfo(Model):
    _declared = """
default_user_password str S
root_user_password str S
"""
