# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VmExportFileApi(Api):
    """The VmExportFile operations of the CloudTower API (docs/apis/VmExportFileApi.md)."""
    get_vm_export_files = Op('get_vm_export_files', 'POST', '/get-vm-export-files', body=('get_vm_export_files_request_body', 'GetVmExportFilesRequestBody', True), returns='list[VmExportFile]')
    get_vm_export_files_with_http_info = get_vm_export_files.with_http_info
    get_vm_export_files_connection = Op('get_vm_export_files_connection', 'POST', '/get-vm-export-files-connection', body=('get_vm_export_files_connection_request_body', 'GetVmExportFilesConnectionRequestBody', True), returns='VmExportFileConnection')
    get_vm_export_files_connection_with_http_info = get_vm_export_files_connection.with_http_info
