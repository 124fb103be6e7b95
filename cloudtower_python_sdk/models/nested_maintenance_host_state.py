# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedMaintenanceHostState(Model):
    """The NestedMaintenanceHostState object of the CloudTower API.

    Fields: see docs/models/NestedMaintenanceHostState.md.
    """
    __slots__ = ()
    enter_maintenance_time = F('enter_maintenance_time', 'str', F.REQUIRED)
    maintenance_job_id = F('maintenance_job_id', 'str', F.REQUIRED)
    state = F('state', 'MaintenanceModeEnum', F.REQUIRED)
