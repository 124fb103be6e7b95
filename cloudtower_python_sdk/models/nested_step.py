# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedStep(Model):
    _declared = """
current float NS
finished bool NS
key str NS
per_second float NS
total float NS
unit StepUnit NS
"""
