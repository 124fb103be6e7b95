# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class UploadTaskStatus(Enum):
    """Values of UploadTaskStatus in the CloudTower API."""
    FAILED = 'FAILED'
    INITIALIZING = 'INITIALIZING'
    PAUSED = 'PAUSED'
    SUCCESSED = 'SUCCESSED'
    UPLOADING = 'UPLOADING'
    allowable_values = ['FAILED', 'INITIALIZING', 'PAUSED', 'SUCCESSED', 'UPLOADING']
