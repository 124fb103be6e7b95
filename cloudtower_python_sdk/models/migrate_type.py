# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class MigrateType(Enum):
    """Values of MigrateType in the CloudTower API."""
    COLD_MIGRATE = 'COLD_MIGRATE'
    CUTOVER_MIGRATE = 'CUTOVER_MIGRATE'
    LIVE_MIGRATE = 'LIVE_MIGRATE'
    allowable_values = ['COLD_MIGRATE', 'CUTOVER_MIGRATE', 'LIVE_MIGRATE']
