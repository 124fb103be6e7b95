# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ZbsSpec(Enum):
    """Values of ZbsSpec in the CloudTower API."""
    NORMAL = 'normal'
    LARGE = 'large'
    allowable_values = ['normal', 'large']
