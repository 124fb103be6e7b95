# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedVgpuType(Model):
    __slots__ = ()
    _declared = """
framebuffer float N
max_instance int N
max_resolution str N
name str N
vgpu_type_id str N
"""
