# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class IscsiTargetApi(Api):
    """The IscsiTarget operations of the CloudTower API (docs/apis/IscsiTargetApi.md)."""
    create_iscsi_target = Op('create_iscsi_target', 'POST', '/create-iscsi-target', body=('iscsi_target_creation_params', 'list[IscsiTargetCreationParams]', True), returns='list[WithTaskIscsiTarget]')
    create_iscsi_target_with_http_info = create_iscsi_target.with_http_info
    delete_iscsi_target = Op('delete_iscsi_target', 'POST', '/delete-iscsi-target', body=('iscsi_target_deletion_params', 'IscsiTargetDeletionParams', True), returns='list[WithTaskDeleteIscsiTarget]')
    delete_iscsi_target_with_http_info = delete_iscsi_target.with_http_info
    get_iscsi_targets = Op('get_iscsi_targets', 'POST', '/get-iscsi-targets', body=('get_iscsi_targets_request_body', 'GetIscsiTargetsRequestBody', True), returns='list[IscsiTarget]')
    get_iscsi_targets_with_http_info = get_iscsi_targets.with_http_info
    get_iscsi_targets_connection = Op('get_iscsi_targets_connection', 'POST', '/get-iscsi-targets-connection', body=('get_iscsi_targets_connection_request_body', 'GetIscsiTargetsConnectionRequestBody', True), returns='IscsiTargetConnection')
    get_iscsi_targets_connection_with_http_info = get_iscsi_targets_connection.with_http_info
    update_iscsi_target = Op('update_iscsi_target', 'POST', '/update-iscsi-target', body=('iscsi_target_updation_params', 'IscsiTargetUpdationParams', True), returns='list[WithTaskIscsiTarget]')
    update_iscsi_target_with_http_info = update_iscsi_target.with_http_info
