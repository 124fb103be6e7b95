# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class AlertNotifierCreationParams(Model):
    """The AlertNotifierCreationParams object of the CloudTower API.

    Fields: see docs/models/AlertNotifierCreationParams.md.
    """
    __slots__ = ()
    clusters = F('clusters', 'ClusterWhereInput', F.REQUIRED)
    disabled = F('disabled', 'bool', F.REQUIRED)
    email_from = F('email_from', 'str', F.REQUIRED)
    email_tos = F('email_tos', 'list[str]', F.REQUIRED)
    language_code = F('language_code', 'NotifierLanguageCode', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    notice_severities = F('notice_severities', 'list[str]', F.REQUIRED)
    smtp_server_id = F('smtp_server_id', 'str', F.REQUIRED)
