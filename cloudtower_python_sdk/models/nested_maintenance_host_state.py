# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedMaintenanceHostState(Model):
    __slots__ = ()
    _declared = """
enter_maintenance_time str R
maintenance_job_id str R
state MaintenanceModeEnum R
"""
