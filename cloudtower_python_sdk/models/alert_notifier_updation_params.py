# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class AlertNotifierUpdationParams(Model):
    __slots__ = ()
    _declared = """
clusters ClusterWhereInput
disabled bool
email_from str
email_tos list[str]
id str
language_code NotifierLanguageCode
name str
notice_severities list[str]
smtp_server_id str
"""
