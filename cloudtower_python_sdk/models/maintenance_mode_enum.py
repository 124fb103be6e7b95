# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class MaintenanceModeEnum(Enum):
    """Values of MaintenanceModeEnum in the CloudTower API."""
    ENTERING_MAINTENANCE_MODE = 'ENTERING_MAINTENANCE_MODE'
    IN_USE = 'IN_USE'
    MAINTENANCE_MODE = 'MAINTENANCE_MODE'
    REMOVING = 'REMOVING'
    allowable_values = ['ENTERING_MAINTENANCE_MODE', 'IN_USE', 'MAINTENANCE_MODE', 'REMOVING']
