# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ContentLibraryVmdkCdromModify(Model):
    """The ContentLibraryVmdkCdromModify object of the CloudTower API.

    Fields: see docs/models/ContentLibraryVmdkCdromModify.md.
    """
    __slots__ = ()
    boot = F('boot', 'int')
    enabled = F('enabled', 'bool')
    index = F('index', 'int', F.REQUIRED)
    removed = F('removed', 'bool')
