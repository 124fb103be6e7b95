# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UsbDeviceUnmountParamsData(Model):
    """The UsbDeviceUnmountParamsData object of the CloudTower API.

    Fields: see docs/models/UsbDeviceUnmountParamsData.md.
    """
    __slots__ = ()
    vms = F('vms', 'VmWhereInput', F.REQUIRED)
