# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmEntityFilterResult(Model):
    """The VmEntityFilterResult object of the CloudTower API.

    Fields: see docs/models/VmEntityFilterResult.md.
    """
    __slots__ = ()
    entity_filter = F('entityFilter', 'NestedEntityFilter', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    result = F('result', 'list[float]', F.REQUIRED)
    vm = F('vm', 'NestedVm', F.REQUIRED)
