# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UsbDevice(Model):
    """The UsbDevice object of the CloudTower API.

    Fields: see docs/models/UsbDevice.md.
    """
    __slots__ = ()
    binded = F('binded', 'bool', F.REQUIRED)
    description = F('description', 'str', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    host = F('host', 'NestedHost', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    local_created_at = F('local_created_at', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    manufacturer = F('manufacturer', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    size = F('size', 'int', F.REQUIRED)
    status = F('status', 'UsbDeviceStatus', F.REQUIRED)
    usb_type = F('usb_type', 'str', F.REQUIRED)
    vm = F('vm', 'NestedVm', F.NULLABLE)
    vms = F('vms', 'list[NestedVm]', F.NULLABLE)
