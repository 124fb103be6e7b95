# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedVirtualPrivateCloudLabelGroup(Model):
    """The NestedVirtualPrivateCloudLabelGroup object of the CloudTower API.

    Fields: see docs/models/NestedVirtualPrivateCloudLabelGroup.md.
    """
    __slots__ = ()
    labels = F('labels', 'list[NestedLabel]', F.REQUIRED)
