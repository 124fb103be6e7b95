# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class DeployWhereInput(Model):
    """The DeployWhereInput object of the CloudTower API.

    Fields: see docs/models/DeployWhereInput.md.
    """
    __slots__ = ()
    _and = F('AND', 'list[DeployWhereInput]', F.NULLABLE)
    _not = F('NOT', 'list[DeployWhereInput]', F.NULLABLE)
    _or = F('OR', 'list[DeployWhereInput]', F.NULLABLE)
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
    license = F('license', 'LicenseWhereInput', F.NULLABLE)
    version = F('version', 'str', F.NULLABLE)
    version_contains = F('version_contains', 'str', F.NULLABLE)
    version_ends_with = F('version_ends_with', 'str', F.NULLABLE)
    version_gt = F('version_gt', 'str', F.NULLABLE)
    version_gte = F('version_gte', 'str', F.NULLABLE)
    version_in = F('version_in', 'list[str]', F.NULLABLE)
    version_lt = F('version_lt', 'str', F.NULLABLE)
    version_lte = F('version_lte', 'str', F.NULLABLE)
    version_not = F('version_not', 'str', F.NULLABLE)
    version_not_contains = F('version_not_contains', 'str', F.NULLABLE)
    version_not_ends_with = F('version_not_ends_with', 'str', F.NULLABLE)
    version_not_in = F('version_not_in', 'list[str]', F.NULLABLE)
    version_not_starts_with = F('version_not_starts_with', 'str', F.NULLABLE)
    version_starts_with = F('version_starts_with', 'str', F.NULLABLE)
