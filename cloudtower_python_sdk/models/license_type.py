# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class LicenseType(Enum):
    """Values of LicenseType in the CloudTower API."""
    PERPETUAL = 'PERPETUAL'
    SUBSCRIPTION = 'SUBSCRIPTION'
    TRIAL = 'TRIAL'
    allowable_values = ['PERPETUAL', 'SUBSCRIPTION', 'TRIAL']
