# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class EverouteFeatureType(Enum):
    """Values of EverouteFeatureType in the CloudTower API."""
    DFW = 'DFW'
    LB = 'LB'
    VPC = 'VPC'
    allowable_values = ['DFW', 'LB', 'VPC']
