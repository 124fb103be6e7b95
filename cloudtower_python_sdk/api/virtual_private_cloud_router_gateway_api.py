# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VirtualPrivateCloudRouterGatewayApi(Api):
    """The VirtualPrivateCloudRouterGateway operations of the CloudTower API (docs/apis/VirtualPrivateCloudRouterGatewayApi.md)."""
    create_virtual_private_cloud_router_gateway = Op('create_virtual_private_cloud_router_gateway', 'POST', '/create-virtual-private-cloud-router-gateway', body=('virtual_private_cloud_router_gateway_creation_params', 'list[VirtualPrivateCloudRouterGatewayCreationParams]', True), returns='list[WithTaskVirtualPrivateCloudRouterGateway]')
    create_virtual_private_cloud_router_gateway_with_http_info = create_virtual_private_cloud_router_gateway.with_http_info
    delete_virtual_private_cloud_router_gateway = Op('delete_virtual_private_cloud_router_gateway', 'POST', '/delete-virtual-private-cloud-router-gateway', body=('virtual_private_cloud_router_gateway_deletion_params', 'VirtualPrivateCloudRouterGatewayDeletionParams', True), returns='list[WithTaskDeleteVirtualPrivateCloudRouterGateway]')
    delete_virtual_private_cloud_router_gateway_with_http_info = delete_virtual_private_cloud_router_gateway.with_http_info
    get_virtual_private_cloud_router_gateways = Op('get_virtual_private_cloud_router_gateways', 'POST', '/get-virtual-private-cloud-router-gateways', body=('get_virtual_private_cloud_router_gateways_request_body', 'GetVirtualPrivateCloudRouterGatewaysRequestBody', True), returns='list[VirtualPrivateCloudRouterGateway]')
    get_virtual_private_cloud_router_gateways_with_http_info = get_virtual_private_cloud_router_gateways.with_http_info
    get_virtual_private_cloud_router_gateways_connection = Op('get_virtual_private_cloud_router_gateways_connection', 'POST', '/get-virtual-private-cloud-router-gateways-connection', body=('get_virtual_private_cloud_router_gateways_connection_request_body', 'GetVirtualPrivateCloudRouterGatewaysConnectionRequestBody', True), returns='VirtualPrivateCloudRouterGatewayConnection')
    get_virtual_private_cloud_router_gateways_connection_with_http_info = get_virtual_private_cloud_router_gateways_connection.with_http_info
    update_virtual_private_cloud_router_gateway = Op('update_virtual_private_cloud_router_gateway', 'POST', '/update-virtual-private-cloud-router-gateway', body=('virtual_private_cloud_router_gateway_updation_params', 'VirtualPrivateCloudRouterGatewayUpdationParams', True), returns='list[WithTaskVirtualPrivateCloudRouterGateway]')
    update_virtual_private_cloud_router_gateway_with_http_info = update_virtual_private_cloud_router_gateway.with_http_info
