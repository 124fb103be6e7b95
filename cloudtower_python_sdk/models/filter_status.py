# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class FilterStatus(Enum):
    """Values of FilterStatus in the CloudTower API."""
    EXECUTING = 'EXECUTING'
    FAILED = 'FAILED'
    INITIALIZING = 'INITIALIZING'
    PARTIAL_SUCCESSED = 'PARTIAL_SUCCESSED'
    SUCCESSED = 'SUCCESSED'
    allowable_values = ['EXECUTING', 'FAILED', 'INITIALIZING', 'PARTIAL_SUCCESSED', 'SUCCESSED']
