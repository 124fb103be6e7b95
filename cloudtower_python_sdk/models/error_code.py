# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ErrorCode(Enum):
    """Values of ErrorCode in the CloudTower API."""
    RESOURCELOCKED = 'ResourceLocked'
    allowable_values = ['ResourceLocked']
