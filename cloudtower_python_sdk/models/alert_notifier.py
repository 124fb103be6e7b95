# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class AlertNotifier(Model):
    __slots__ = ()
    _declared = """
clusters list[NestedCluster] N
disabled bool R
email_from str N
email_tos list[str] R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
language_code NotifierLanguageCode N
name str N
notice_severities list[str] R
security_mode NotifierSecurityMode N
smtp_server_config NestedSmtpServer N
smtp_server_host str N
smtp_server_port int N
username str N
"""
