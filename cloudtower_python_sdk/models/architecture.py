# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class Architecture(Enum):
    """Values of Architecture in the CloudTower API."""
    AARCH64 = 'AARCH64'
    X86_64 = 'X86_64'
    allowable_values = ['AARCH64', 'X86_64']
