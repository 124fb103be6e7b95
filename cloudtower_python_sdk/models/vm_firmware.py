# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmFirmware(Enum):
    """Values of VmFirmware in the CloudTower API."""
    BIOS = 'BIOS'
    UEFI = 'UEFI'
    allowable_values = ['BIOS', 'UEFI']
