# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedExecutePlan(Model):
    _declared = """
enabled bool RS
id str RS
period str RS
retain int RS
start_at str RS
"""
