# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ExitMaintenanceModeResult(Model):
    """The ExitMaintenanceModeResult object of the CloudTower API.

    Fields: see docs/models/ExitMaintenanceModeResult.md.
    """
    __slots__ = ()
    live_migrate_vms = F('liveMigrateVms', 'list[MaintenanceModeVmInfo]', F.REQUIRED)
    offline_migrate_vms = F('offlineMigrateVms', 'list[MaintenanceModeVmInfo]', F.REQUIRED)
    shut_down_vms = F('shutDownVms', 'list[MaintenanceModeVmInfo]', F.REQUIRED)
