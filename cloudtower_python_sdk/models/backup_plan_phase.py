# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupPlanPhase(Enum):
    """Values of BackupPlanPhase in the CloudTower API."""
    INVALID = 'INVALID'
    PAUSED = 'PAUSED'
    SCHEDULING = 'SCHEDULING'
    STOPPED = 'STOPPED'
    VALIDATING = 'VALIDATING'
    WAITING_SCHEDULE = 'WAITING_SCHEDULE'
    allowable_values = ['INVALID', 'PAUSED', 'SCHEDULING', 'STOPPED', 'VALIDATING', 'WAITING_SCHEDULE']
