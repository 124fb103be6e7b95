# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UserAuditLogMessage(Model):
    """The UserAuditLogMessage object of the CloudTower API.

    Fields: see docs/models/UserAuditLogMessage.md.
    """
    __slots__ = ()
    en_us = F('en-US', 'str', F.REQUIRED)
    zh_cn = F('zh-CN', 'str', F.REQUIRED)
