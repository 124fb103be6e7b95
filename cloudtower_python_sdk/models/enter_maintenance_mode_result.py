# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class EnterMaintenanceModeResult(Model):
    """The EnterMaintenanceModeResult object of the CloudTower API.

    Fields: see docs/models/EnterMaintenanceModeResult.md.
    """
    __slots__ = ()
    done = F('done', 'bool', F.REQUIRED)
    shutdown_vms = F('shutdownVms', 'list[ShutdownVmID]', F.REQUIRED)
