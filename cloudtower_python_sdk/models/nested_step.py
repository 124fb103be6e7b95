# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedStep(Model):
    """The NestedStep object of the CloudTower API.

    Fields: see docs/models/NestedStep.md.
    """
    __slots__ = ()
    current = F('current', 'float', F.NULLABLE)
    finished = F('finished', 'bool', F.NULLABLE)
    key = F('key', 'str', F.NULLABLE)
    per_second = F('per_second', 'float', F.NULLABLE)
    total = F('total', 'float', F.NULLABLE)
    unit = F('unit', 'StepUnit', F.NULLABLE)
