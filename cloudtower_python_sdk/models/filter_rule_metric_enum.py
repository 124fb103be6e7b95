# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class FilterRuleMetricEnum(Enum):
    """Values of FilterRuleMetricEnum in the CloudTower API."""
    CPU_USAGE = 'VM_CPU_USAGE'
    MEMORY_USAGE = 'VM_MEMORY_USAGE'
    POWEROFF_DAYS = 'VM_POWEROFF_DAYS'
    POWERON_DAYS = 'VM_POWERON_DAYS'
    READWRITE_IO = 'VM_READWRITE_IO'
    allowable_values = ['VM_CPU_USAGE', 'VM_MEMORY_USAGE', 'VM_POWEROFF_DAYS', 'VM_POWERON_DAYS', 'VM_READWRITE_IO']
