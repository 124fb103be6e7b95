# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class OvfDisk(Model):
    """The OvfDisk object of the CloudTower API.

    Fields: see docs/models/OvfDisk.md.
    """
    __slots__ = ()
    bus = F('bus', 'Bus', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    size = F('size', 'int', F.REQUIRED)
    type = F('type', 'VmDiskType', F.REQUIRED)
