# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

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
