# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class IscsiLunApi(Api):
    """The IscsiLun operations of the CloudTower API (docs/apis/IscsiLunApi.md)."""
    clone_iscsi_lun_from_snapshot = Op('clone_iscsi_lun_from_snapshot', 'POST', '/clone-iscsi-lun-from-snapshot', body=('iscsi_lun_clone_params', 'list[IscsiLunCloneParams]', True), returns='list[WithTaskIscsiLun]')
    clone_iscsi_lun_from_snapshot_with_http_info = clone_iscsi_lun_from_snapshot.with_http_info
    copy_iscsi_lun = Op('copy_iscsi_lun', 'POST', '/copy-iscsi-lun', body=('copy_iscsi_lun_params', 'list[CopyIscsiLunParams]', True), returns='list[WithTaskIscsiLun]')
    copy_iscsi_lun_with_http_info = copy_iscsi_lun.with_http_info
    create_iscsi_lun = Op('create_iscsi_lun', 'POST', '/create-iscsi-lun', body=('iscsi_lun_creation_params', 'list[IscsiLunCreationParams]', True), returns='list[WithTaskIscsiLun]')
    create_iscsi_lun_with_http_info = create_iscsi_lun.with_http_info
    delete_iscsi_lun = Op('delete_iscsi_lun', 'POST', '/delete-iscsi-lun', body=('iscsi_lun_deletion_params', 'IscsiLunDeletionParams', True), returns='list[WithTaskDeleteIscsiLun]')
    delete_iscsi_lun_with_http_info = delete_iscsi_lun.with_http_info
    get_iscsi_luns = Op('get_iscsi_luns', 'POST', '/get-iscsi-luns', body=('get_iscsi_luns_request_body', 'GetIscsiLunsRequestBody', True), returns='list[IscsiLun]')
    get_iscsi_luns_with_http_info = get_iscsi_luns.with_http_info
    get_iscsi_luns_connection = Op('get_iscsi_luns_connection', 'POST', '/get-iscsi-luns-connection', body=('get_iscsi_luns_connection_request_body', 'GetIscsiLunsConnectionRequestBody', True), returns='IscsiLunConnection')
    get_iscsi_luns_connection_with_http_info = get_iscsi_luns_connection.with_http_info
    rollback_iscsi_lun_from_snapshot = Op('rollback_iscsi_lun_from_snapshot', 'POST', '/rollback-iscsi-lun-from-snapshot', body=('iscsi_lun_rollback_params', 'list[IscsiLunRollbackParams]', True), returns='list[WithTaskIscsiLun]')
    rollback_iscsi_lun_from_snapshot_with_http_info = rollback_iscsi_lun_from_snapshot.with_http_info
    update_iscsi_lun = Op('update_iscsi_lun', 'POST', '/update-iscsi-lun', body=('iscsi_lun_updation_params', 'IscsiLunUpdationParams', True), returns='list[WithTaskIscsiLun]')
    update_iscsi_lun_with_http_info = update_iscsi_lun.with_http_info
