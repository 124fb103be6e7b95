# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UsbDeviceMountParams(Model):
    """The UsbDeviceMountParams object of the CloudTower API.

    Fields: see docs/models/UsbDeviceMountParams.md.
    """
    __slots__ = ()
    data = F('data', 'UsbDeviceMountParamsData', F.REQUIRED)
    where = F('where', 'UsbDeviceWhereInput', F.REQUIRED)
