# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ContentLibraryVmTemplateUpdationParamsData(Model):
    """The ContentLibraryVmTemplateUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/ContentLibraryVmTemplateUpdationParamsData.md.
    """
    __slots__ = ()
    cloud_init_supported = F('cloud_init_supported', 'bool')
    clusters = F('clusters', 'ClusterWhereInput')
    description = F('description', 'str')
    name = F('name', 'str')
