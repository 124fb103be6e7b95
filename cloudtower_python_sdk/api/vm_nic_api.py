# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VmNicApi(Api):
    """The VmNic operations of the CloudTower API (docs/apis/VmNicApi.md)."""
    get_vm_nics = Op('get_vm_nics', 'POST', '/get-vm-nics', body=('get_vm_nics_request_body', 'GetVmNicsRequestBody', True), returns='list[VmNic]')
    get_vm_nics_with_http_info = get_vm_nics.with_http_info
    get_vm_nics_connection = Op('get_vm_nics_connection', 'POST', '/get-vm-nics-connection', body=('get_vm_nics_connection_request_body', 'GetVmNicsConnectionRequestBody', True), returns='VmNicConnection')
    get_vm_nics_connection_with_http_info = get_vm_nics_connection.with_http_info
