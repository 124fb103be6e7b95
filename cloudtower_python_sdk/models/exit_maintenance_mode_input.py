# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ExitMaintenanceModeInput(Model):
    __slots__ = ()
    _declared = """
live_migrate_back_vms list[str]
offline_migrate_back_vms list[str]
poweron_vms list[str]
"""
