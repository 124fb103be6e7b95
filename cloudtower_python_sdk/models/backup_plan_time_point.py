# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupPlanTimePoint(Model):
    __slots__ = ()
    _declared = """
date int N
date_position list[int] N
hour int R
minute int R
weekday WeekdayTypeEnum N
"""
