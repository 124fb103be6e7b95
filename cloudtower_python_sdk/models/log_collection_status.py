# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class LogCollectionStatus(Enum):
    """Values of LogCollectionStatus in the CloudTower API."""
    EXECUTING = 'EXECUTING'
    FAILED = 'FAILED'
    STOPPING = 'STOPPING'
    SUCCESSED = 'SUCCESSED'
    allowable_values = ['EXECUTING', 'FAILED', 'STOPPING', 'SUCCESSED']
