# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedPasswordRecoverQa(Model):
    """The NestedPasswordRecoverQa object of the CloudTower API.

    Fields: see docs/models/NestedPasswordRecoverQa.md.
    """
    __slots__ = ()
    enabled = F('enabled', 'bool', F.REQUIRED)
    items = F('items', 'list[NestedPasswordReoverQaItem]', F.NULLABLE)
