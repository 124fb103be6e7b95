# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class AccessMode(Enum):
    """Values of AccessMode in the CloudTower API."""
    ALLOW = 'ALLOW'
    DENY = 'DENY'
    NONE = 'NONE'
    allowable_values = ['ALLOW', 'DENY', 'NONE']
