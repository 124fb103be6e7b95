# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedEverouteClusterControllerStatus(Model):
    """The NestedEverouteClusterControllerStatus object of the CloudTower API.

    Fields: see docs/models/NestedEverouteClusterControllerStatus.md.
    """
    __slots__ = ()
    current_number = F('currentNumber', 'int', F.NULLABLE)
    expect_number = F('expectNumber', 'int', F.NULLABLE)
    instances = F('instances', 'list[NestedEverouteControllerStatus]', F.NULLABLE)
    number_health = F('numberHealth', 'int', F.NULLABLE)
