# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class MigrateType(Enum):
    """Values of MigrateType in the CloudTower API."""
    COLD_MIGRATE = 'COLD_MIGRATE'
    CUTOVER_MIGRATE = 'CUTOVER_MIGRATE'
    LIVE_MIGRATE = 'LIVE_MIGRATE'
    allowable_values = ['COLD_MIGRATE', 'CUTOVER_MIGRATE', 'LIVE_MIGRATE']
