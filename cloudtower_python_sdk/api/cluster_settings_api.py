# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ClusterSettingsApi(Api):
    """The ClusterSettings operations of the CloudTower API (docs/apis/ClusterSettingsApi.md)."""
    get_cluster_settingses = Op('get_cluster_settingses', 'POST', '/get-cluster-settingses', body=('get_cluster_settingses_request_body', 'GetClusterSettingsesRequestBody', True), returns='list[ClusterSettings]')
    get_cluster_settingses_with_http_info = get_cluster_settingses.with_http_info
    get_cluster_settingses_connection = Op('get_cluster_settingses_connection', 'POST', '/get-cluster-settingses-connection', body=('get_cluster_settingses_connection_request_body', 'GetClusterSettingsesConnectionRequestBody', True), returns='ClusterSettingsConnection')
    get_cluster_settingses_connection_with_http_info = get_cluster_settingses_connection.with_http_info
