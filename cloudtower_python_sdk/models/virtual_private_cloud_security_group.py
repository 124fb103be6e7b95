# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudSecurityGroup(Model):
    __slots__ = ()
    _declared = """
default_for_vpc bool N
description str N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
label_groups list[NestedVirtualPrivateCloudLabelGroup] N
local_id str R
name str R
vms list[NestedVm] N
vpc NestedVirtualPrivateCloud R
"""
