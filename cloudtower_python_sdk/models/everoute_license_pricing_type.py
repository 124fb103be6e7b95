# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class EverouteLicensePricingType(Enum):
    """Values of EverouteLicensePricingType in the CloudTower API."""
    CPU_SLOT_NUM = 'CPU_SLOT_NUM'
    VM_NUM = 'VM_NUM'
    allowable_values = ['CPU_SLOT_NUM', 'VM_NUM']
