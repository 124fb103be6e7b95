# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ApplicationVmSpecPlacementSituation(Enum):
    """Values of ApplicationVmSpecPlacementSituation in the CloudTower API."""
    DIFFERENT = 'DIFFERENT'
    SAME = 'SAME'
    allowable_values = ['DIFFERENT', 'SAME']
