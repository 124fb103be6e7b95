# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudSecurityGroupCreationParams(Model):
    __slots__ = ()
    _declared = """
description str
label_groups list[LabelGroup]
name str R
vm_ids list[str]
vpc_id str R
"""
