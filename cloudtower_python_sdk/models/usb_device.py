# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UsbDevice(Model):
    _declared = """
binded bool RS
description str RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
host NestedHost R
id str RS
local_created_at str RS
local_id str RS
manufacturer str RS
name str RS
size int RS
status UsbDeviceStatus RS
usb_type str RS
vm NestedVm N
vms list[NestedVm] N
"""
