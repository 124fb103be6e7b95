# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ExitMaintenanceModeInput(Model):
    """The ExitMaintenanceModeInput object of the CloudTower API.

    Fields: see docs/models/ExitMaintenanceModeInput.md.
    """
    __slots__ = ()
    live_migrate_back_vms = F('live_migrate_back_vms', 'list[str]')
    offline_migrate_back_vms = F('offline_migrate_back_vms', 'list[str]')
    poweron_vms = F('poweron_vms', 'list[str]')
