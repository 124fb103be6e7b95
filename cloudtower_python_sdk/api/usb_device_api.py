# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class UsbDeviceApi(Api):
    """The UsbDevice operations of the CloudTower API (docs/apis/UsbDeviceApi.md)."""
    get_usb_devices = Op('get_usb_devices', 'POST', '/get-usb-devices', body=('get_usb_devices_request_body', 'GetUsbDevicesRequestBody', True), returns='list[UsbDevice]')
    get_usb_devices_with_http_info = get_usb_devices.with_http_info
    get_usb_devices_0 = Op('get_usb_devices_0', 'POST', '/get-usb-devices', body=('get_usb_devices_request_body', 'GetUsbDevicesRequestBody', True), returns='list[UsbDevice]')
    get_usb_devices_0_with_http_info = get_usb_devices_0.with_http_info
    get_usb_devices_connection = Op('get_usb_devices_connection', 'POST', '/get-usb-devices-connection', body=('get_usb_devices_connection_request_body', 'GetUsbDevicesConnectionRequestBody', True), returns='UsbDeviceConnection')
    get_usb_devices_connection_with_http_info = get_usb_devices_connection.with_http_info
    mount_usb_device = Op('mount_usb_device', 'POST', '/mount-usb-device', body=('usb_device_mount_params', 'UsbDeviceMountParams', True), returns='list[WithTaskUsbDevice]')
    mount_usb_device_with_http_info = mount_usb_device.with_http_info
    unmount_usb_device = Op('unmount_usb_device', 'POST', '/unmount-usb-device', body=('usb_device_unmount_params', 'UsbDeviceUnmountParams', True), returns='list[WithTaskUsbDevice]')
    unmount_usb_device_with_http_info = unmount_usb_device.with_http_info
