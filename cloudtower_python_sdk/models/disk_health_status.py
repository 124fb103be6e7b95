# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class DiskHealthStatus(Enum):
    """Values of DiskHealthStatus in the CloudTower API."""
    HEALTHY = 'HEALTHY'
    SMART_FAILED = 'SMART_FAILED'
    SOFTWARE_RAID_FAILURE = 'SOFTWARE_RAID_FAILURE'
    SUBHEALTHY = 'SUBHEALTHY'
    UNHEALTHY = 'UNHEALTHY'
    allowable_values = ['HEALTHY', 'SMART_FAILED', 'SOFTWARE_RAID_FAILURE', 'SUBHEALTHY', 'UNHEALTHY']
