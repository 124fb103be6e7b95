# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class GlobalSettingsApi(Api):
    """The GlobalSettings operations of the CloudTower API (docs/apis/GlobalSettingsApi.md)."""
    create_cluster_recycle_bin_setting = Op('create_cluster_recycle_bin_setting', 'POST', '/create-cluster-recycle-bin-setting', body=('cluster_recycle_bin_creation_params', 'ClusterRecycleBinCreationParams', True), returns='list[WithTaskClusterSettings]')
    create_cluster_recycle_bin_setting_with_http_info = create_cluster_recycle_bin_setting.with_http_info
    delete_cluster_recycle_bin_setting = Op('delete_cluster_recycle_bin_setting', 'POST', '/delete-cluster-recycle-bin-setting', body=('cluster_recycle_bin_deletion_params', 'ClusterRecycleBinDeletionParams', True), returns='list[WithTaskDeleteClusterRecycleBin]')
    delete_cluster_recycle_bin_setting_with_http_info = delete_cluster_recycle_bin_setting.with_http_info
    get_global_settingses = Op('get_global_settingses', 'POST', '/get-global-settingses', body=('get_global_settingses_request_body', 'GetGlobalSettingsesRequestBody', True), returns='list[GlobalSettings]')
    get_global_settingses_with_http_info = get_global_settingses.with_http_info
    get_global_settingses_connection = Op('get_global_settingses_connection', 'POST', '/get-global-settingses-connection', body=('get_global_settingses_connection_request_body', 'GetGlobalSettingsesConnectionRequestBody', True), returns='GlobalSettingsConnection')
    get_global_settingses_connection_with_http_info = get_global_settingses_connection.with_http_info
    update_access_restriction = Op('update_access_restriction', 'POST', '/update-access-restriction', body=('update_access_restriction_params', 'UpdateAccessRestrictionParams', True), returns='WithTaskGlobalSettings')
    update_access_restriction_with_http_info = update_access_restriction.with_http_info
    update_cluster_recycle_bin_setting = Op('update_cluster_recycle_bin_setting', 'POST', '/update-cluster-recycle-bin-setting', body=('cluster_recycle_bin_updation_params', 'ClusterRecycleBinUpdationParams', True), returns='list[WithTaskClusterSettings]')
    update_cluster_recycle_bin_setting_with_http_info = update_cluster_recycle_bin_setting.with_http_info
    update_global_recycle_bin_setting = Op('update_global_recycle_bin_setting', 'POST', '/update-global-recycle-bin-setting', body=('global_recycle_bin_updation_params', 'GlobalRecycleBinUpdationParams', True), returns='WithTaskGlobalSettings')
    update_global_recycle_bin_setting_with_http_info = update_global_recycle_bin_setting.with_http_info
    update_password_security = Op('update_password_security', 'POST', '/update-password-security', body=('update_passrod_security_params', 'UpdatePassrodSecurityParams', True), returns='WithTaskGlobalSettings')
    update_password_security_with_http_info = update_password_security.with_http_info
    update_session_timeout = Op('update_session_timeout', 'POST', '/update-session-timeout', body=('update_session_timeout_params', 'UpdateSessionTimeoutParams', True), returns='WithTaskGlobalSettings')
    update_session_timeout_with_http_info = update_session_timeout.with_http_info
