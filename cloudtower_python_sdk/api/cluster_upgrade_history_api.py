# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ClusterUpgradeHistoryApi(Api):
    """The ClusterUpgradeHistory operations of the CloudTower API (docs/apis/ClusterUpgradeHistoryApi.md)."""
    get_cluster_upgrade_histories = Op('get_cluster_upgrade_histories', 'POST', '/get-cluster-upgrade-histories', body=('get_cluster_upgrade_histories_request_body', 'GetClusterUpgradeHistoriesRequestBody', True), returns='list[ClusterUpgradeHistory]')
    get_cluster_upgrade_histories_with_http_info = get_cluster_upgrade_histories.with_http_info
    get_cluster_upgrade_histories_connection = Op('get_cluster_upgrade_histories_connection', 'POST', '/get-cluster-upgrade-histories-connection', body=('get_cluster_upgrade_histories_connection_request_body', 'GetClusterUpgradeHistoriesConnectionRequestBody', True), returns='ClusterUpgradeHistoryConnection')
    get_cluster_upgrade_histories_connection_with_http_info = get_cluster_upgrade_histories_connection.with_http_info
