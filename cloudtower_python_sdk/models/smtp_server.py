# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SmtpServer(Model):
    __slots__ = ()
    _declared = """
description str N
host str R
id str R
name str R
port int R
secure_mode SmtpSecureMode N
username str N
"""
