# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class AlertNotifier(Model):
    """The AlertNotifier object of the CloudTower API.

    Fields: see docs/models/AlertNotifier.md.
    """
    __slots__ = ()
    clusters = F('clusters', 'list[NestedCluster]', F.NULLABLE)
    disabled = F('disabled', 'bool', F.REQUIRED)
    email_from = F('email_from', 'str', F.NULLABLE)
    email_tos = F('email_tos', 'list[str]', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    language_code = F('language_code', 'NotifierLanguageCode', F.NULLABLE)
    name = F('name', 'str', F.NULLABLE)
    notice_severities = F('notice_severities', 'list[str]', F.REQUIRED)
    security_mode = F('security_mode', 'NotifierSecurityMode', F.NULLABLE)
    smtp_server_config = F('smtp_server_config', 'NestedSmtpServer', F.NULLABLE)
    smtp_server_host = F('smtp_server_host', 'str', F.NULLABLE)
    smtp_server_port = F('smtp_server_port', 'int', F.NULLABLE)
    username = F('username', 'str', F.NULLABLE)
