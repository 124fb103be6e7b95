# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ContentLibraryImageImportData(Model):
    """The ContentLibraryImageImportData object of the CloudTower API.

    Fields: see docs/models/ContentLibraryImageImportData.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'ClusterWhereInput', F.REQUIRED)
    description = F('description', 'str')
    name = F('name', 'str', F.REQUIRED)
    url = F('url', 'str', F.REQUIRED)
