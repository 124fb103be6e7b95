# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class GpuDeviceApi(Api):
    """The GpuDevice operations of the CloudTower API (docs/apis/GpuDeviceApi.md)."""
    get_detail_vm_info_by_gpu_devices = Op('get_detail_vm_info_by_gpu_devices', 'POST', '/get-detail-vm-info-by-gpu-devices', body=('get_gpu_devices_request_body', 'GetGpuDevicesRequestBody', True), returns='list[GpuVmInfo]')
    get_detail_vm_info_by_gpu_devices_with_http_info = get_detail_vm_info_by_gpu_devices.with_http_info
    get_gpu_devices = Op('get_gpu_devices', 'POST', '/get-gpu-devices', body=('get_gpu_devices_request_body', 'GetGpuDevicesRequestBody', True), returns='list[GpuDevice]')
    get_gpu_devices_with_http_info = get_gpu_devices.with_http_info
    get_gpu_devices_connection = Op('get_gpu_devices_connection', 'POST', '/get-gpu-devices-connection', body=('get_gpu_devices_connection_request_body', 'GetGpuDevicesConnectionRequestBody', True), returns='GpuDeviceConnection')
    get_gpu_devices_connection_with_http_info = get_gpu_devices_connection.with_http_info
    switch_gpu_device_sriov = Op('switch_gpu_device_sriov', 'POST', '/switch-gpu-device-sriov', body=('gpu_device_sriov_switch_params', 'GpuDeviceSriovSwitchParams', True), returns='list[WithTaskGpuDevice]')
    switch_gpu_device_sriov_with_http_info = switch_gpu_device_sriov.with_http_info
    update_gpu_device_description = Op('update_gpu_device_description', 'POST', '/update-gpu-device-description', body=('gpu_device_description_updation_params', 'GpuDeviceDescriptionUpdationParams', True), returns='list[WithTaskGpuDevice]')
    update_gpu_device_description_with_http_info = update_gpu_device_description.with_http_info
    update_gpu_device_usage = Op('update_gpu_device_usage', 'POST', '/update-gpu-device-usage', body=('gpu_device_usage_updation_params', 'GpuDeviceUsageUpdationParams', True), returns='list[WithTaskGpuDevice]')
    update_gpu_device_usage_with_http_info = update_gpu_device_usage.with_http_info
