# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class AlertNotifierCreationParams(Model):
    _declared = """
clusters ClusterWhereInput R
disabled bool RS
email_from str RS
email_tos list[str] RS
language_code NotifierLanguageCode RS
name str RS
notice_severities list[str] RS
smtp_server_id str RS
"""
