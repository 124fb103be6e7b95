# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedGpuDriverInfo(Model):
    """The NestedGpuDriverInfo object of the CloudTower API.

    Fields: see docs/models/NestedGpuDriverInfo.md.
    """
    __slots__ = ()
    filename = F('filename', 'str', F.NULLABLE)
    name = F('name', 'str', F.NULLABLE)
    rhelversion = F('rhelversion', 'str', F.NULLABLE)
    srcversion = F('srcversion', 'str', F.NULLABLE)
    supported = F('supported', 'str', F.NULLABLE)
    vermagic = F('vermagic', 'str', F.NULLABLE)
    version = F('version', 'str', F.NULLABLE)
