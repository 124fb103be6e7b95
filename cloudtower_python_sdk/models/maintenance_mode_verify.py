# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class MaintenanceModeVerify(Model):
    """The MaintenanceModeVerify object of the CloudTower API.

    Fields: see docs/models/MaintenanceModeVerify.md.
    """
    __slots__ = ()
    changed = F('changed', 'bool', F.NULLABLE)
    reason = F('reason', 'str', F.NULLABLE)
