# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class MetroCheckStatusEnum(Enum):
    """Values of MetroCheckStatusEnum in the CloudTower API."""
    CRITICAL = 'CRITICAL'
    HEALTHY = 'HEALTHY'
    INFO = 'INFO'
    NOTICE = 'NOTICE'
    allowable_values = ['CRITICAL', 'HEALTHY', 'INFO', 'NOTICE']
