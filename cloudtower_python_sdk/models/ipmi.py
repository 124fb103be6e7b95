# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Ipmi(Model):
    _declared = """
host NestedHost R
id str RS
ip str RS
local_id str RS
username str RS
valid bool RS
"""
