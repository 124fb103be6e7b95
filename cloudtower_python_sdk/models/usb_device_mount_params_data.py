# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UsbDeviceMountParamsData(Model):
    """The UsbDeviceMountParamsData object of the CloudTower API.

    Fields: see docs/models/UsbDeviceMountParamsData.md.
    """
    __slots__ = ()
    vm_id = F('vm_id', 'str')
    vms = F('vms', 'VmWhereInput')
