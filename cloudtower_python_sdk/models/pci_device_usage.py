# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class PciDeviceUsage(Enum):
    """Values of PciDeviceUsage in the CloudTower API."""
    MDEV = 'MDEV'
    PASS_THROUGH = 'PASS_THROUGH'
    SRIOV_VF = 'SRIOV_VF'
    allowable_values = ['MDEV', 'PASS_THROUGH', 'SRIOV_VF']
