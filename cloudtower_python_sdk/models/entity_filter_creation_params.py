# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class EntityFilterCreationParams(Model):
    """The EntityFilterCreationParams object of the CloudTower API.

    Fields: see docs/models/EntityFilterCreationParams.md.
    """
    __slots__ = ()
    apply_to_all_clusters = F('apply_to_all_clusters', 'bool')
    clusters = F('clusters', 'ClusterWhereInput')
    exclude_vms = F('exclude_vms', 'VmWhereInput')
    name = F('name', 'str', F.REQUIRED)
    rules = F('rules', 'list[FilterRuleInput]', F.REQUIRED)
