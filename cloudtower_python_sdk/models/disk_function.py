# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class DiskFunction(Enum):
    """Values of DiskFunction in the CloudTower API."""
    BOOT = 'BOOT'
    CACHE = 'CACHE'
    DATA = 'DATA'
    SMTX_SYSTEM = 'SMTX_SYSTEM'
    UNMOUNT = 'UNMOUNT'
    allowable_values = ['BOOT', 'CACHE', 'DATA', 'SMTX_SYSTEM', 'UNMOUNT']
