# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmStatus(Enum):
    """Values of VmStatus in the CloudTower API."""
    DELETED = 'DELETED'
    RUNNING = 'RUNNING'
    STOPPED = 'STOPPED'
    SUSPENDED = 'SUSPENDED'
    UNKNOWN = 'UNKNOWN'
    allowable_values = ['DELETED', 'RUNNING', 'STOPPED', 'SUSPENDED', 'UNKNOWN']
