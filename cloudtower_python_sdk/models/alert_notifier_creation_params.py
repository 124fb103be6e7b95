# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class AlertNotifierCreationParams(Model):
    __slots__ = ()
    _declared = """
clusters ClusterWhereInput R
disabled bool R
email_from str R
email_tos list[str] R
language_code NotifierLanguageCode R
name str R
notice_severities list[str] R
smtp_server_id str R
"""
