# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmFirmware(Enum):
    """Values of VmFirmware in the CloudTower API."""
    BIOS = 'BIOS'
    UEFI = 'UEFI'
    allowable_values = ['BIOS', 'UEFI']
