# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedGpuDriverInfo(Model):
    _declared = """
filename str NS
name str NS
rhelversion str NS
srcversion str NS
supported str NS
vermagic str NS
version str NS
"""
