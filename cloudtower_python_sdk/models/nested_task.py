# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedTask(Model):
    _declared = """
args object RS
description str RS
id str RS
internal bool RS
local_created_at str RS
progress float RS
snapshot str RS
status TaskStatus RS
steps list[NestedStep] R
"""
