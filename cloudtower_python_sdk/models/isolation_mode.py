# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class IsolationMode(Enum):
    """Values of IsolationMode in the CloudTower API."""
    ALL = 'ALL'
    PARTIAL = 'PARTIAL'
    allowable_values = ['ALL', 'PARTIAL']
