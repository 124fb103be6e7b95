# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BitUnit(Enum):
    """Values of BitUnit in the CloudTower API."""
    BIT = 'bit'
    KB = 'Kb'
    MB = 'Mb'
    GB = 'Gb'
    TB = 'Tb'
    PB = 'Pb'
    allowable_values = ['bit', 'Kb', 'Mb', 'Gb', 'Tb', 'Pb']
