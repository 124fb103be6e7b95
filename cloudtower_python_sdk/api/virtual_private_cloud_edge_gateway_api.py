# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VirtualPrivateCloudEdgeGatewayApi(Api):
    """The VirtualPrivateCloudEdgeGateway operations of the CloudTower API (docs/apis/VirtualPrivateCloudEdgeGatewayApi.md)."""
    get_virtual_private_cloud_edge_gateways = Op('get_virtual_private_cloud_edge_gateways', 'POST', '/get-virtual-private-cloud-edge-gateways', body=('get_virtual_private_cloud_edge_gateways_request_body', 'GetVirtualPrivateCloudEdgeGatewaysRequestBody', True), returns='list[VirtualPrivateCloudEdgeGateway]')
    get_virtual_private_cloud_edge_gateways_with_http_info = get_virtual_private_cloud_edge_gateways.with_http_info
    get_virtual_private_cloud_edge_gateways_connection = Op('get_virtual_private_cloud_edge_gateways_connection', 'POST', '/get-virtual-private-cloud-edge-gateways-connection', body=('get_virtual_private_cloud_edge_gateways_connection_request_body', 'GetVirtualPrivateCloudEdgeGatewaysConnectionRequestBody', True), returns='VirtualPrivateCloudEdgeGatewayConnection')
    get_virtual_private_cloud_edge_gateways_connection_with_http_info = get_virtual_private_cloud_edge_gateways_connection.with_http_info
