# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmDiskType(Enum):
    """Values of VmDiskType in the CloudTower API."""
    CD_ROM = 'CD_ROM'
    DISK = 'DISK'
    allowable_values = ['CD_ROM', 'DISK']
