# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedStep(Model):
    __slots__ = ()
    _declared = """
current float N
finished bool N
key str N
per_second float N
total float N
unit StepUnit N
"""
