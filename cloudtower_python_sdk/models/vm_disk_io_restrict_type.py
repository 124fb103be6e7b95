# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmDiskIoRestrictType(Enum):
    """Values of VmDiskIoRestrictType in the CloudTower API."""
    DYNAMIC = 'DYNAMIC'
    FORCED = 'FORCED'
    allowable_values = ['DYNAMIC', 'FORCED']
