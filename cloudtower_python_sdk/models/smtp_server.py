# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SmtpServer(Model):
    _declared = """
description str NS
host str RS
id str RS
name str RS
port int RS
secure_mode SmtpSecureMode NS
username str NS
"""
