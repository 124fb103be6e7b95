# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedBackupPlanTimePoint(Model):
    """The NestedBackupPlanTimePoint object of the CloudTower API.

    Fields: see docs/models/NestedBackupPlanTimePoint.md.
    """
    __slots__ = ()
    date = F('date', 'int', F.NULLABLE)
    date_position = F('date_position', 'list[int]', F.NULLABLE)
    hour = F('hour', 'int', F.REQUIRED)
    minute = F('minute', 'int', F.REQUIRED)
    weekday = F('weekday', 'WeekdayTypeEnum', F.NULLABLE)
