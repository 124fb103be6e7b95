# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class IscsiLunUpdationParamsDataAllOf(Model):
    """The IscsiLunUpdationParamsDataAllOf object of the CloudTower API.

    Fields: see docs/models/IscsiLunUpdationParamsDataAllOf.md.
    """
    __slots__ = ()
    assigned_size = F('assigned_size', 'int')
    assigned_size_unit = F('assigned_size_unit', 'ByteUnit')
    name = F('name', 'str')
