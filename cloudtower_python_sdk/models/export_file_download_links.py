# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ExportFileDownloadLinks(Model):
    """The ExportFileDownloadLinks object of the CloudTower API.

    Fields: see docs/models/ExportFileDownloadLinks.md.
    """
    __slots__ = ()
    filename = F('filename', 'str', F.REQUIRED)
    link = F('link', 'str', F.REQUIRED)
