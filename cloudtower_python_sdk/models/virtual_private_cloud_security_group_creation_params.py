# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudSecurityGroupCreationParams(Model):
    """The VirtualPrivateCloudSecurityGroupCreationParams object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudSecurityGroupCreationParams.md.
    """
    __slots__ = ()
    description = F('description', 'str')
    label_groups = F('label_groups', 'list[LabelGroup]')
    name = F('name', 'str', F.REQUIRED)
    vm_ids = F('vm_ids', 'list[str]')
    vpc_id = F('vpc_id', 'str', F.REQUIRED)
