# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class AlertNotifierManyUpdationParams(Model):
    _declared = """
disabled bool S
email_from str S
email_tos list[str] S
language_code NotifierLanguageCode S
name str S
notice_severities list[str] S
smtp_server_id str S
where AlertNotifierWhereInput R
"""
