# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UserAuditLogMessage(Model):
    _declared = """
en-US:en_us str RS
zh-CN:zh_cn str RS
"""
