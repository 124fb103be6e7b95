# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ExitMaintenanceModeResult(Model):
    __slots__ = ()
    _declared = """
liveMigrateVms:live_migrate_vms list[MaintenanceModeVmInfo] R
offlineMigrateVms:offline_migrate_vms list[MaintenanceModeVmInfo] R
shutDownVms:shut_down_vms list[MaintenanceModeVmInfo] R
"""
