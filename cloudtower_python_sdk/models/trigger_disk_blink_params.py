# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class TriggerDiskBlinkParams(Model):
    """The TriggerDiskBlinkParams object of the CloudTower API.

    Fields: see docs/models/TriggerDiskBlinkParams.md.
    """
    __slots__ = ()
    disk_name = F('disk_name', 'str', F.REQUIRED)
    host_id = F('host_id', 'str', F.REQUIRED)
    led_status = F('led_status', 'str')
