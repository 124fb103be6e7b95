# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class AlertNotifierUpdationParams(Model):
    """The AlertNotifierUpdationParams object of the CloudTower API.

    Fields: see docs/models/AlertNotifierUpdationParams.md.
    """
    __slots__ = ()
    clusters = F('clusters', 'ClusterWhereInput')
    disabled = F('disabled', 'bool')
    email_from = F('email_from', 'str')
    email_tos = F('email_tos', 'list[str]')
    id = F('id', 'str')
    language_code = F('language_code', 'NotifierLanguageCode')
    name = F('name', 'str')
    notice_severities = F('notice_severities', 'list[str]')
    smtp_server_id = F('smtp_server_id', 'str')
