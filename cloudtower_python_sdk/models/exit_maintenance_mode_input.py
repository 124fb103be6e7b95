# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ExitMaintenanceModeInput(Model):
    _declared = """
live_migrate_back_vms list[str] S
offline_migrate_back_vms list[str] S
poweron_vms list[str] S
"""
