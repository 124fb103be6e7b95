# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedBackupPlanTimePoint(Model):
    _declared = """
date int NS
date_position list[int] NS
hour int RS
minute int RS
weekday WeekdayTypeEnum NS
"""
