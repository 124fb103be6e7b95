# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedStoragePolicyConfig(Model):
    """The NestedStoragePolicyConfig object of the CloudTower API.

    Fields: see docs/models/NestedStoragePolicyConfig.md.
    """
    __slots__ = ()
    replica_num = F('replica_num', 'int', F.NULLABLE)
    thin_provision = F('thin_provision', 'bool', F.NULLABLE)
