# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class NicUserUsage(Enum):
    """Values of NicUserUsage in the CloudTower API."""
    DEFAULT = 'DEFAULT'
    PASS_THROUGH = 'PASS_THROUGH'
    SRIOV = 'SRIOV'
    allowable_values = ['DEFAULT', 'PASS_THROUGH', 'SRIOV']
