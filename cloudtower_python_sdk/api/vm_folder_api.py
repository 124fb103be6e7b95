# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VmFolderApi(Api):
    """The VmFolder operations of the CloudTower API (docs/apis/VmFolderApi.md)."""
    create_vm_folder = Op('create_vm_folder', 'POST', '/create-vm-folder', body=('vm_folder_creation_params', 'list[VmFolderCreationParams]', True), returns='list[WithTaskVmFolder]')
    create_vm_folder_with_http_info = create_vm_folder.with_http_info
    delete_vm_folder = Op('delete_vm_folder', 'POST', '/delete-vm-folder', body=('vm_folder_deletion_params', 'VmFolderDeletionParams', True), returns='list[WithTaskDeleteVmFolder]')
    delete_vm_folder_with_http_info = delete_vm_folder.with_http_info
    get_vm_folders = Op('get_vm_folders', 'POST', '/get-vm-folders', body=('get_vm_folders_request_body', 'GetVmFoldersRequestBody', True), returns='list[VmFolder]')
    get_vm_folders_with_http_info = get_vm_folders.with_http_info
    get_vm_folders_connection = Op('get_vm_folders_connection', 'POST', '/get-vm-folders-connection', body=('get_vm_folders_connection_request_body', 'GetVmFoldersConnectionRequestBody', True), returns='VmFolderConnection')
    get_vm_folders_connection_with_http_info = get_vm_folders_connection.with_http_info
    update_vm_folder = Op('update_vm_folder', 'POST', '/update-vm-folder', body=('vm_folder_updation_params', 'VmFolderUpdationParams', True), returns='list[WithTaskVmFolder]')
    update_vm_folder_with_http_info = update_vm_folder.with_http_info
