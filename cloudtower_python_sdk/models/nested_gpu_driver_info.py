# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedGpuDriverInfo(Model):
    __slots__ = ()
    _declared = """
filename str N
name str N
rhelversion str N
srcversion str N
supported str N
vermagic str N
version str N
"""
