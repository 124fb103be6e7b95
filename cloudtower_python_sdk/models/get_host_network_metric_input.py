# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GetHostNetworkMetricInput(Model):
    _declared = """
hosts HostWhereInput R
metrics list[str] RS
nics NicWhereInput
range str RS
"""
