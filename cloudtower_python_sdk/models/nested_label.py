# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedLabel(Model):
    _declared = """
id str RS
key str RS
value str NS
"""
