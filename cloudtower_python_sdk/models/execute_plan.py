# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ExecutePlan(Model):
    __slots__ = ()
    _declared = """
__typename:typename str
enabled bool R
id str R
period str R
retain int R
start_at str R
"""
