# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SecurityGroupUpdateParams(Model):
    _declared = """
description str S
label_groups list[LabelWhereInput]
name str S
vms VmWhereInput
"""
