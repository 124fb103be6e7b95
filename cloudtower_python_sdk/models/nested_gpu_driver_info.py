# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

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
