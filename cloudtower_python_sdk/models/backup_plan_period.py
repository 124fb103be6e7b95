# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupPlanPeriod(Enum):
    """Values of BackupPlanPeriod in the CloudTower API."""
    DAILY = 'DAILY'
    HOURLY = 'HOURLY'
    MINUTELY = 'MINUTELY'
    MONTHLY = 'MONTHLY'
    WEEKLY = 'WEEKLY'
    YEARLY = 'YEARLY'
    allowable_values = ['DAILY', 'HOURLY', 'MINUTELY', 'MONTHLY', 'WEEKLY', 'YEARLY']
