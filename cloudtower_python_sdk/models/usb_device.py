# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UsbDevice(Model):
    __slots__ = ()
    _declared = """
binded bool R
description str R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
host NestedHost R
id str R
local_created_at str R
local_id str R
manufacturer str R
name str R
size int R
status UsbDeviceStatus R
usb_type str R
vm NestedVm N
vms list[NestedVm] N
"""
