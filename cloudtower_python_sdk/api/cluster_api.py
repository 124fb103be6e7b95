# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ClusterApi(Api):
    """The Cluster operations of the CloudTower API (docs/apis/ClusterApi.md)."""
    connect_cluster = Op('connect_cluster', 'POST', '/connect-cluster', body=('cluster_creation_params', 'list[ClusterCreationParams]', True), returns='list[WithTaskCluster]')
    connect_cluster_with_http_info = connect_cluster.with_http_info
    delete_cluster = Op('delete_cluster', 'POST', '/delete-cluster', body=('cluster_deletion_params', 'ClusterDeletionParams', True), returns='list[WithTaskDeleteCluster]')
    delete_cluster_with_http_info = delete_cluster.with_http_info
    get_cluster_storage_info = Op('get_cluster_storage_info', 'POST', '/get-cluster-storage-info', body=('get_cluster_storage_info_request_body', 'GetClusterStorageInfoRequestBody', True), returns='list[ClusterStorageInfo]')
    get_cluster_storage_info_with_http_info = get_cluster_storage_info.with_http_info
    get_clusters = Op('get_clusters', 'POST', '/get-clusters', body=('get_clusters_request_body', 'GetClustersRequestBody', True), returns='list[Cluster]')
    get_clusters_with_http_info = get_clusters.with_http_info
    get_clusters_connection = Op('get_clusters_connection', 'POST', '/get-clusters-connection', body=('get_clusters_connection_request_body', 'GetClustersConnectionRequestBody', True), returns='ClusterConnection')
    get_clusters_connection_with_http_info = get_clusters_connection.with_http_info
    get_meta_leader = Op('get_meta_leader', 'POST', '/get-meta-leader', body=('get_meta_leader_request_body', 'GetMetaLeaderRequestBody', True), returns='list[MetaLeader]')
    get_meta_leader_with_http_info = get_meta_leader.with_http_info
    update_cluster = Op('update_cluster', 'POST', '/update-cluster', body=('cluster_updation_params', 'ClusterUpdationParams', True), returns='list[WithTaskCluster]')
    update_cluster_with_http_info = update_cluster.with_http_info
    update_cluster_enable_iscsi_setting = Op('update_cluster_enable_iscsi_setting', 'POST', '/update-cluster-enable-iscsi-setting', body=('cluster_enable_iscsi_updation_params', 'ClusterEnableIscsiUpdationParams', True), returns='list[WithTaskClusterSettings]')
    update_cluster_enable_iscsi_setting_with_http_info = update_cluster_enable_iscsi_setting.with_http_info
    update_cluster_ha_setting = Op('update_cluster_ha_setting', 'POST', '/update-cluster-ha-setting', body=('cluster_ha_updation_params', 'ClusterHaUpdationParams', True), returns='list[WithTaskClusterSettings]')
    update_cluster_ha_setting_with_http_info = update_cluster_ha_setting.with_http_info
    update_cluster_license = Op('update_cluster_license', 'POST', '/update-cluster-license', body=('cluster_license_updation_params', 'ClusterLicenseUpdationParams', True), returns='list[WithTaskCluster]')
    update_cluster_license_with_http_info = update_cluster_license.with_http_info
    update_cluster_network_setting = Op('update_cluster_network_setting', 'POST', '/update-cluster-network-setting', body=('cluster_network_setting_updation_params', 'ClusterNetworkSettingUpdationParams', True), returns='list[WithTaskCluster]')
    update_cluster_network_setting_with_http_info = update_cluster_network_setting.with_http_info
    update_cluster_virtualization_setting = Op('update_cluster_virtualization_setting', 'POST', '/update-cluster-virtualization-setting', body=('cluster_virtualization_updation_params', 'ClusterVirtualizationUpdationParams', True), returns='list[WithTaskCluster]')
    update_cluster_virtualization_setting_with_http_info = update_cluster_virtualization_setting.with_http_info
