# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class NfsInodeApi(Api):
    """The NfsInode operations of the CloudTower API (docs/apis/NfsInodeApi.md)."""
    get_nfs_inodes = Op('get_nfs_inodes', 'POST', '/get-nfs-inodes', body=('get_nfs_inodes_request_body', 'GetNfsInodesRequestBody', True), returns='list[NfsInode]')
    get_nfs_inodes_with_http_info = get_nfs_inodes.with_http_info
    get_nfs_inodes_connection = Op('get_nfs_inodes_connection', 'POST', '/get-nfs-inodes-connection', body=('get_nfs_inodes_connection_request_body', 'GetNfsInodesConnectionRequestBody', True), returns='NfsInodeConnection')
    get_nfs_inodes_connection_with_http_info = get_nfs_inodes_connection.with_http_info
