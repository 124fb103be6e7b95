# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupDedupMode(Enum):
    """Values of BackupDedupMode in the CloudTower API."""
    CHAIN = 'CHAIN'
    NONE = 'NONE'
    allowable_values = ['CHAIN', 'NONE']
