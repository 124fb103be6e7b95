# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmDiskIoRestrictType(Enum):
    """Values of VmDiskIoRestrictType in the CloudTower API."""
    DYNAMIC = 'DYNAMIC'
    FORCED = 'FORCED'
    allowable_values = ['DYNAMIC', 'FORCED']
