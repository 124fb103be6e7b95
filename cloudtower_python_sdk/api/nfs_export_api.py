# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class NfsExportApi(Api):
    """The NfsExport operations of the CloudTower API (docs/apis/NfsExportApi.md)."""
    create_nfs_export = Op('create_nfs_export', 'POST', '/create-nfs-export', body=('nfs_export_creation_params', 'list[NfsExportCreationParams]', True), returns='list[WithTaskNfsExport]')
    create_nfs_export_with_http_info = create_nfs_export.with_http_info
    delete_nfs_export = Op('delete_nfs_export', 'POST', '/delete-nfs-export', body=('nfs_export_deletion_params', 'NfsExportDeletionParams', True), returns='list[WithTaskDeleteNfsExport]')
    delete_nfs_export_with_http_info = delete_nfs_export.with_http_info
    get_nfs_exports = Op('get_nfs_exports', 'POST', '/get-nfs-exports', body=('get_nfs_exports_request_body', 'GetNfsExportsRequestBody', True), returns='list[NfsExport]')
    get_nfs_exports_with_http_info = get_nfs_exports.with_http_info
    get_nfs_exports_connection = Op('get_nfs_exports_connection', 'POST', '/get-nfs-exports-connection', body=('get_nfs_exports_connection_request_body', 'GetNfsExportsConnectionRequestBody', True), returns='NfsExportConnection')
    get_nfs_exports_connection_with_http_info = get_nfs_exports_connection.with_http_info
    update_nfs_export = Op('update_nfs_export', 'POST', '/update-nfs-export', body=('nfs_export_updation_params', 'NfsExportUpdationParams', True), returns='list[WithTaskNfsExport]')
    update_nfs_export_with_http_info = update_nfs_export.with_http_info
