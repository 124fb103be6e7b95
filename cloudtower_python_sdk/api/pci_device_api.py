# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class PciDeviceApi(Api):
    """The PciDevice operations of the CloudTower API (docs/apis/PciDeviceApi.md)."""
    get_pci_devices = Op('get_pci_devices', 'POST', '/get-pci-devices', body=('get_pci_devices_request_body', 'GetPciDevicesRequestBody', True), returns='list[PciDevice]')
    get_pci_devices_with_http_info = get_pci_devices.with_http_info
