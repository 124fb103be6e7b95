# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VirtualPrivateCloudNatGatewayApi(Api):
    """The VirtualPrivateCloudNatGateway operations of the CloudTower API (docs/apis/VirtualPrivateCloudNatGatewayApi.md)."""
    create_virtual_private_cloud_nat_gateway = Op('create_virtual_private_cloud_nat_gateway', 'POST', '/create-virtual-private-cloud-nat-gateway', body=('virtual_private_cloud_nat_gateway_creation_params', 'list[VirtualPrivateCloudNatGatewayCreationParams]', True), returns='list[WithTaskVirtualPrivateCloudNatGateway]')
    create_virtual_private_cloud_nat_gateway_with_http_info = create_virtual_private_cloud_nat_gateway.with_http_info
    delete_virtual_private_cloud_nat_gateway = Op('delete_virtual_private_cloud_nat_gateway', 'POST', '/delete-virtual-private-cloud-nat-gateway', body=('virtual_private_cloud_nat_gateway_deletion_params', 'VirtualPrivateCloudNatGatewayDeletionParams', True), returns='list[WithTaskDeleteVirtualPrivateCloudNatGateway]')
    delete_virtual_private_cloud_nat_gateway_with_http_info = delete_virtual_private_cloud_nat_gateway.with_http_info
    get_virtual_private_cloud_nat_gateways = Op('get_virtual_private_cloud_nat_gateways', 'POST', '/get-virtual-private-cloud-nat-gateways', body=('get_virtual_private_cloud_nat_gateways_request_body', 'GetVirtualPrivateCloudNatGatewaysRequestBody', True), returns='list[VirtualPrivateCloudNatGateway]')
    get_virtual_private_cloud_nat_gateways_with_http_info = get_virtual_private_cloud_nat_gateways.with_http_info
    get_virtual_private_cloud_nat_gateways_connection = Op('get_virtual_private_cloud_nat_gateways_connection', 'POST', '/get-virtual-private-cloud-nat-gateways-connection', body=('get_virtual_private_cloud_nat_gateways_connection_request_body', 'GetVirtualPrivateCloudNatGatewaysConnectionRequestBody', True), returns='VirtualPrivateCloudNatGatewayConnection')
    get_virtual_private_cloud_nat_gateways_connection_with_http_info = get_virtual_private_cloud_nat_gateways_connection.with_http_info
    update_virtual_private_cloud_nat_gateway = Op('update_virtual_private_cloud_nat_gateway', 'POST', '/update-virtual-private-cloud-nat-gateway', body=('virtual_private_cloud_nat_gateway_updation_params', 'VirtualPrivateCloudNatGatewayUpdationParams', True), returns='list[WithTaskVirtualPrivateCloudNatGateway]')
    update_virtual_private_cloud_nat_gateway_with_http_info = update_virtual_private_cloud_nat_gateway.with_http_info
