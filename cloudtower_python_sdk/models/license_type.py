# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class LicenseType(Enum):
    """Values of LicenseType in the CloudTower API."""
    PERPETUAL = 'PERPETUAL'
    SUBSCRIPTION = 'SUBSCRIPTION'
    TRIAL = 'TRIAL'
    allowable_values = ['PERPETUAL', 'SUBSCRIPTION', 'TRIAL']
