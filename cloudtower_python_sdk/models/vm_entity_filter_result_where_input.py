# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmEntityFilterResultWhereInput(Model):
    """The VmEntityFilterResultWhereInput object of the CloudTower API.

    Fields: see docs/models/VmEntityFilterResultWhereInput.md.
    """
    __slots__ = ()
    _and = F('AND', 'list[VmEntityFilterResultWhereInput]', F.NULLABLE)
    _not = F('NOT', 'list[VmEntityFilterResultWhereInput]', F.NULLABLE)
    _or = F('OR', 'list[VmEntityFilterResultWhereInput]', F.NULLABLE)
    entity_filter = F('entityFilter', 'EntityFilterWhereInput', F.NULLABLE)
    id = F('id', 'str', F.NULLABLE)
    id_contains = F('id_contains', 'str', F.NULLABLE)
    id_ends_with = F('id_ends_with', 'str', F.NULLABLE)
    id_gt = F('id_gt', 'str', F.NULLABLE)
    id_gte = F('id_gte', 'str', F.NULLABLE)
    id_in = F('id_in', 'list[str]', F.NULLABLE)
    id_lt = F('id_lt', 'str', F.NULLABLE)
    id_lte = F('id_lte', 'str', F.NULLABLE)
    id_not = F('id_not', 'str', F.NULLABLE)
    id_not_contains = F('id_not_contains', 'str', F.NULLABLE)
    id_not_ends_with = F('id_not_ends_with', 'str', F.NULLABLE)
    id_not_in = F('id_not_in', 'list[str]', F.NULLABLE)
    id_not_starts_with = F('id_not_starts_with', 'str', F.NULLABLE)
    id_starts_with = F('id_starts_with', 'str', F.NULLABLE)
    vm = F('vm', 'VmWhereInput', F.NULLABLE)
