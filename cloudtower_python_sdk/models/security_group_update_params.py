# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SecurityGroupUpdateParams(Model):
    """The SecurityGroupUpdateParams object of the CloudTower API.

    Fields: see docs/models/SecurityGroupUpdateParams.md.
    """
    __slots__ = ()
    description = F('description', 'str')
    label_groups = F('label_groups', 'list[LabelWhereInput]')
    name = F('name', 'str')
    vms = F('vms', 'VmWhereInput')
