# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ApplicationVmSpecAffinityPolicy(Enum):
    """Values of ApplicationVmSpecAffinityPolicy in the CloudTower API."""
    MUST = 'MUST'
    PREFER = 'PREFER'
    allowable_values = ['MUST', 'PREFER']
