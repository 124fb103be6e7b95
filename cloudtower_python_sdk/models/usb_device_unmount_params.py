# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UsbDeviceUnmountParams(Model):
    """The UsbDeviceUnmountParams object of the CloudTower API.

    Fields: see docs/models/UsbDeviceUnmountParams.md.
    """
    __slots__ = ()
    data = F('data', 'UsbDeviceUnmountParamsData')
    where = F('where', 'UsbDeviceWhereInput', F.REQUIRED)
