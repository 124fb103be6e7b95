# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SecurityGroupCreateParams(Model):
    """The SecurityGroupCreateParams object of the CloudTower API.

    Fields: see docs/models/SecurityGroupCreateParams.md.
    """
    __slots__ = ()
    description = F('description', 'str')
    everoute_cluster_id = F('everoute_cluster_id', 'str', F.REQUIRED)
    label_groups = F('label_groups', 'list[LabelWhereInput]')
    name = F('name', 'str', F.REQUIRED)
    vms = F('vms', 'VmWhereInput')
