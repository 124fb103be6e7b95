# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudSecurityGroupCreationParams(Model):
    _declared = """
description str S
label_groups list[LabelGroup]
name str RS
vm_ids list[str] S
vpc_id str RS
"""
