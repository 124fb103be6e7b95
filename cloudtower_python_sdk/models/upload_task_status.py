# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class UploadTaskStatus(Enum):
    """Values of UploadTaskStatus in the CloudTower API."""
    FAILED = 'FAILED'
    INITIALIZING = 'INITIALIZING'
    PAUSED = 'PAUSED'
    SUCCESSED = 'SUCCESSED'
    UPLOADING = 'UPLOADING'
    allowable_values = ['FAILED', 'INITIALIZING', 'PAUSED', 'SUCCESSED', 'UPLOADING']
