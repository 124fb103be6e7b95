# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GetLunMetricInput(Model):
    _declared = """
hosts HostWhereInput
luns IscsiLunWhereInput R
metrics list[str] RS
range str RS
"""
