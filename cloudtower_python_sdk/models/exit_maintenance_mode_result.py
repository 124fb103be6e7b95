# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ExitMaintenanceModeResult(Model):
    _declared = """
liveMigrateVms:live_migrate_vms list[MaintenanceModeVmInfo] R
offlineMigrateVms:offline_migrate_vms list[MaintenanceModeVmInfo] R
shutDownVms:shut_down_vms list[MaintenanceModeVmInfo] R
"""
