# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class AlertNotifier(Model):
    _declared = """
clusters list[NestedCluster] N
disabled bool RS
email_from str NS
email_tos list[str] RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
language_code NotifierLanguageCode NS
name str NS
notice_severities list[str] RS
security_mode NotifierSecurityMode NS
smtp_server_config NestedSmtpServer N
smtp_server_host str NS
smtp_server_port int NS
username str NS
"""
