# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class DiskApi(Api):
    """The Disk operations of the CloudTower API (docs/apis/DiskApi.md)."""
    get_disks = Op('get_disks', 'POST', '/get-disks', body=('get_disks_request_body', 'GetDisksRequestBody', True), returns='list[Disk]')
    get_disks_with_http_info = get_disks.with_http_info
    get_disks_connection = Op('get_disks_connection', 'POST', '/get-disks-connection', body=('get_disks_connection_request_body', 'GetDisksConnectionRequestBody', True), returns='DiskConnection')
    get_disks_connection_with_http_info = get_disks_connection.with_http_info
    mount_disk = Op('mount_disk', 'POST', '/mount-disk', body=('disk_mount_params', 'DiskMountParams', True), returns='list[WithTaskDisk]')
    mount_disk_with_http_info = mount_disk.with_http_info
    unmount_disk = Op('unmount_disk', 'POST', '/unmount-disk', body=('disk_unmount_params', 'DiskUnmountParams', True), returns='list[WithTaskDisk]')
    unmount_disk_with_http_info = unmount_disk.with_http_info
