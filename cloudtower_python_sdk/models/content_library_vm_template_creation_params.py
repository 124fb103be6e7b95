# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ContentLibraryVmTemplateCreationParams(Model):
    """The ContentLibraryVmTemplateCreationParams object of the CloudTower API.

    Fields: see docs/models/ContentLibraryVmTemplateCreationParams.md.
    """
    __slots__ = ()
    cloud_init_supported = F('cloud_init_supported', 'bool')
    clusters = F('clusters', 'ClusterWhereInput', F.REQUIRED)
    description = F('description', 'str')
    name = F('name', 'str', F.REQUIRED)
    vm = F('vm', 'VmWhereUniqueInput', F.REQUIRED)
