# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmHaPriority(Enum):
    """Values of VmHaPriority in the CloudTower API."""
    _1_LOW = 'LEVEL_1_LOW'
    _2_MEDIUM = 'LEVEL_2_MEDIUM'
    _3_HIGH = 'LEVEL_3_HIGH'
    allowable_values = ['LEVEL_1_LOW', 'LEVEL_2_MEDIUM', 'LEVEL_3_HIGH']
