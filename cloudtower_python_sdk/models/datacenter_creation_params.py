# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class DatacenterCreationParams(Model):
    """The DatacenterCreationParams object of the CloudTower API.

    Fields: see docs/models/DatacenterCreationParams.md.
    """
    __slots__ = ()
    clusters = F('clusters', 'ClusterWhereInput')
    name = F('name', 'str', F.REQUIRED)
    organization_id = F('organization_id', 'str', F.REQUIRED)
