# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ApplicationType(Enum):
    """Values of ApplicationType in the CloudTower API."""
    MONITOR = 'MONITOR'
    allowable_values = ['MONITOR']
