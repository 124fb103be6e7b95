# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VmDiskApi(Api):
    """The VmDisk operations of the CloudTower API (docs/apis/VmDiskApi.md)."""
    get_vm_disks = Op('get_vm_disks', 'POST', '/get-vm-disks', body=('get_vm_disks_request_body', 'GetVmDisksRequestBody', True), returns='list[VmDisk]')
    get_vm_disks_with_http_info = get_vm_disks.with_http_info
    get_vm_disks_connection = Op('get_vm_disks_connection', 'POST', '/get-vm-disks-connection', body=('get_vm_disks_connection_request_body', 'GetVmDisksConnectionRequestBody', True), returns='VmDiskConnection')
    get_vm_disks_connection_with_http_info = get_vm_disks_connection.with_http_info
