# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class LabelGroup(Model):
    """The LabelGroup object of the CloudTower API.

    Fields: see docs/models/LabelGroup.md.
    """
    __slots__ = ()
    label_ids = F('label_ids', 'list[str]', F.REQUIRED)
