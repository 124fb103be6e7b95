# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetPciDevicesRequestBody, GetPciDevicesRequestBodyDict, PciDevice)


class PciDeviceApi(Api):
    @overload
    def get_pci_devices(self, get_pci_devices_request_body: GetPciDevicesRequestBody | GetPciDevicesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[PciDevice]: ...
    @overload
    def get_pci_devices(self, get_pci_devices_request_body: GetPciDevicesRequestBody | GetPciDevicesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[PciDevice]]: ...
    @overload
    def get_pci_devices_with_http_info(self, get_pci_devices_request_body: GetPciDevicesRequestBody | GetPciDevicesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[PciDevice]]: ...
    @overload
    def get_pci_devices_with_http_info(self, get_pci_devices_request_body: GetPciDevicesRequestBody | GetPciDevicesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[PciDevice]]]: ...
