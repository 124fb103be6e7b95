# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VsphereEsxiAccount(Model):
    __slots__ = ()
    _declared = """
host NestedHost R
id str R
ip str R
is_valid bool R
local_id str R
port int R
username str R
"""
