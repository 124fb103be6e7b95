# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SmtpServer(Model):
    """The SmtpServer object of the CloudTower API.

    Fields: see docs/models/SmtpServer.md.
    """
    __slots__ = ()
    description = F('description', 'str', F.NULLABLE)
    host = F('host', 'str', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    port = F('port', 'int', F.REQUIRED)
    secure_mode = F('secure_mode', 'SmtpSecureMode', F.NULLABLE)
    username = F('username', 'str', F.NULLABLE)
