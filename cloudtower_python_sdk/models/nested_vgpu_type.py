# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedVgpuType(Model):
    """The NestedVgpuType object of the CloudTower API.

    Fields: see docs/models/NestedVgpuType.md.
    """
    __slots__ = ()
    framebuffer = F('framebuffer', 'float', F.NULLABLE)
    max_instance = F('max_instance', 'int', F.NULLABLE)
    max_resolution = F('max_resolution', 'str', F.NULLABLE)
    name = F('name', 'str', F.NULLABLE)
    vgpu_type_id = F('vgpu_type_id', 'str', F.NULLABLE)
