# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VirtualPrivateCloudEdgeGatewayGroupApi(Api):
    """The VirtualPrivateCloudEdgeGatewayGroup operations of the CloudTower API (docs/apis/VirtualPrivateCloudEdgeGatewayGroupApi.md)."""
    get_virtual_private_cloud_edge_gateway_groups = Op('get_virtual_private_cloud_edge_gateway_groups', 'POST', '/get-virtual-private-cloud-edge-gateway-groups', body=('get_virtual_private_cloud_edge_gateway_groups_request_body', 'GetVirtualPrivateCloudEdgeGatewayGroupsRequestBody', True), returns='list[VirtualPrivateCloudEdgeGatewayGroup]')
    get_virtual_private_cloud_edge_gateway_groups_with_http_info = get_virtual_private_cloud_edge_gateway_groups.with_http_info
    get_virtual_private_cloud_edge_gateway_groups_connection = Op('get_virtual_private_cloud_edge_gateway_groups_connection', 'POST', '/get-virtual-private-cloud-edge-gateway-groups-connection', body=('get_virtual_private_cloud_edge_gateway_groups_connection_request_body', 'GetVirtualPrivateCloudEdgeGatewayGroupsConnectionRequestBody', True), returns='VirtualPrivateCloudEdgeGatewayGroupConnection')
    get_virtual_private_cloud_edge_gateway_groups_connection_with_http_info = get_virtual_private_cloud_edge_gateway_groups_connection.with_http_info
