# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Ipmi(Model):
    __slots__ = ()
    _declared = """
host NestedHost R
id str R
ip str R
local_id str R
username str R
valid bool R
"""
