# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedVgpuType(Model):
    _declared = """
framebuffer float NS
max_instance int NS
max_resolution str NS
name str NS
vgpu_type_id str NS
"""
