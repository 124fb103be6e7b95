# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmDiskIoPolicy(Enum):
    """Values of VmDiskIoPolicy in the CloudTower API."""
    EACH_DISK = 'RESTRICT_EACH_DISK'
    WHOLE_VM = 'RESTRICT_WHOLE_VM'
    allowable_values = ['RESTRICT_EACH_DISK', 'RESTRICT_WHOLE_VM']
