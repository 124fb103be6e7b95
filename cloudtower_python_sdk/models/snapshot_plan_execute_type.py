# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SnapshotPlanExecuteType(Enum):
    """Values of SnapshotPlanExecuteType in the CloudTower API."""
    DAY = 'DAY'
    HOUR = 'HOUR'
    MINUTE = 'MINUTE'
    MONTH = 'MONTH'
    WEEK = 'WEEK'
    allowable_values = ['DAY', 'HOUR', 'MINUTE', 'MONTH', 'WEEK']
