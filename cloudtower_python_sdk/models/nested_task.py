# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedTask(Model):
    __slots__ = ()
    _declared = """
args object R
description str R
id str R
internal bool R
local_created_at str R
progress float R
snapshot str R
status TaskStatus R
steps list[NestedStep] R
"""
