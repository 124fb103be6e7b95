# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ReplicationPlanPeriod(Enum):
    """Values of ReplicationPlanPeriod in the CloudTower API."""
    DAILY = 'DAILY'
    HOURLY = 'HOURLY'
    MINUTELY = 'MINUTELY'
    MONTHLY = 'MONTHLY'
    WEEKLY = 'WEEKLY'
    allowable_values = ['DAILY', 'HOURLY', 'MINUTELY', 'MONTHLY', 'WEEKLY']
