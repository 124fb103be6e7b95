# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudSecurityGroup(Model):
    _declared = """
default_for_vpc bool NS
description str NS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
label_groups list[NestedVirtualPrivateCloudLabelGroup] N
local_id str RS
name str RS
vms list[NestedVm] N
vpc NestedVirtualPrivateCloud R
"""
