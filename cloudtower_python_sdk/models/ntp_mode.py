# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class NtpMode(Enum):
    """Values of NtpMode in the CloudTower API."""
    EXTERNAL = 'EXTERNAL'
    INTERNAL = 'INTERNAL'
    allowable_values = ['EXTERNAL', 'INTERNAL']
