# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ClusterTopoApi(Api):
    """The ClusterTopo operations of the CloudTower API (docs/apis/ClusterTopoApi.md)."""
    get_cluster_topoes = Op('get_cluster_topoes', 'POST', '/get-cluster-topoes', body=('get_cluster_topoes_request_body', 'GetClusterTopoesRequestBody', True), returns='list[ClusterTopo]')
    get_cluster_topoes_with_http_info = get_cluster_topoes.with_http_info
    get_cluster_topoes_connection = Op('get_cluster_topoes_connection', 'POST', '/get-cluster-topoes-connection', body=('get_cluster_topoes_connection_request_body', 'GetClusterTopoesConnectionRequestBody', True), returns='ClusterTopoConnection')
    get_cluster_topoes_connection_with_http_info = get_cluster_topoes_connection.with_http_info
