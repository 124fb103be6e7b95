# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VirtualPrivateCloudClusterBindingApi(Api):
    """The VirtualPrivateCloudClusterBinding operations of the CloudTower API (docs/apis/VirtualPrivateCloudClusterBindingApi.md)."""
    get_virtual_private_cloud_cluster_bindings = Op('get_virtual_private_cloud_cluster_bindings', 'POST', '/get-virtual-private-cloud-cluster-bindings', body=('get_virtual_private_cloud_cluster_bindings_request_body', 'GetVirtualPrivateCloudClusterBindingsRequestBody', True), returns='list[VirtualPrivateCloudClusterBinding]')
    get_virtual_private_cloud_cluster_bindings_with_http_info = get_virtual_private_cloud_cluster_bindings.with_http_info
    get_virtual_private_cloud_cluster_bindings_connection = Op('get_virtual_private_cloud_cluster_bindings_connection', 'POST', '/get-virtual-private-cloud-cluster-bindings-connection', body=('get_virtual_private_cloud_cluster_bindings_connection_request_body', 'GetVirtualPrivateCloudClusterBindingsConnectionRequestBody', True), returns='VirtualPrivateCloudClusterBindingConnection')
    get_virtual_private_cloud_cluster_bindings_connection_with_http_info = get_virtual_private_cloud_cluster_bindings_connection.with_http_info
