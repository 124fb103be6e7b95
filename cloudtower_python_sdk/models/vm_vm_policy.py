# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmVmPolicy(Enum):
    """Values of VmVmPolicy in the CloudTower API."""
    MUST_DIFFERENT = 'MUST_DIFFERENT'
    MUST_SAME = 'MUST_SAME'
    PREFER_DIFFERENT = 'PREFER_DIFFERENT'
    PREFER_SAME = 'PREFER_SAME'
    allowable_values = ['MUST_DIFFERENT', 'MUST_SAME', 'PREFER_DIFFERENT', 'PREFER_SAME']
