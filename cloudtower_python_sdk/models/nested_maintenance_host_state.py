# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedMaintenanceHostState(Model):
    _declared = """
enter_maintenance_time str RS
maintenance_job_id str RS
state MaintenanceModeEnum RS
"""
