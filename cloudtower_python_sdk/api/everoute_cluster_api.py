# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class EverouteClusterApi(Api):
    """The EverouteCluster operations of the CloudTower API (docs/apis/EverouteClusterApi.md)."""
    get_everoute_clusters = Op('get_everoute_clusters', 'POST', '/get-everoute-clusters', body=('get_everoute_clusters_request_body', 'GetEverouteClustersRequestBody', True), returns='list[EverouteCluster]')
    get_everoute_clusters_with_http_info = get_everoute_clusters.with_http_info
    get_everoute_clusters_connection = Op('get_everoute_clusters_connection', 'POST', '/get-everoute-clusters-connection', body=('get_everoute_clusters_connection_request_body', 'GetEverouteClustersConnectionRequestBody', True), returns='EverouteClusterConnection')
    get_everoute_clusters_connection_with_http_info = get_everoute_clusters_connection.with_http_info
