# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedPasswordReoverQaItem(Model):
    """The NestedPasswordReoverQaItem object of the CloudTower API.

    Fields: see docs/models/NestedPasswordReoverQaItem.md.
    """
    __slots__ = ()
    question = F('question', 'str', F.REQUIRED)
