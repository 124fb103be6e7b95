# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VirtualPrivateCloudRouteTableApi(Api):
    """The VirtualPrivateCloudRouteTable operations of the CloudTower API (docs/apis/VirtualPrivateCloudRouteTableApi.md)."""
    create_virtual_private_cloud_route_table = Op('create_virtual_private_cloud_route_table', 'POST', '/create-virtual-private-cloud-route-table', body=('virtual_private_cloud_route_table_creation_params', 'list[VirtualPrivateCloudRouteTableCreationParams]', True), returns='list[WithTaskVirtualPrivateCloudRouteTable]')
    create_virtual_private_cloud_route_table_with_http_info = create_virtual_private_cloud_route_table.with_http_info
    delete_virtual_private_cloud_route_table = Op('delete_virtual_private_cloud_route_table', 'POST', '/delete-virtual-private-cloud-route-table', body=('virtual_private_cloud_route_table_deletion_params', 'VirtualPrivateCloudRouteTableDeletionParams', True), returns='list[WithTaskDeleteVirtualPrivateCloudRouteTable]')
    delete_virtual_private_cloud_route_table_with_http_info = delete_virtual_private_cloud_route_table.with_http_info
    get_virtual_private_cloud_route_tables = Op('get_virtual_private_cloud_route_tables', 'POST', '/get-virtual-private-cloud-route-tables', body=('get_virtual_private_cloud_route_tables_request_body', 'GetVirtualPrivateCloudRouteTablesRequestBody', True), returns='list[VirtualPrivateCloudRouteTable]')
    get_virtual_private_cloud_route_tables_with_http_info = get_virtual_private_cloud_route_tables.with_http_info
    get_virtual_private_cloud_route_tables_connection = Op('get_virtual_private_cloud_route_tables_connection', 'POST', '/get-virtual-private-cloud-route-tables-connection', body=('get_virtual_private_cloud_route_tables_connection_request_body', 'GetVirtualPrivateCloudRouteTablesConnectionRequestBody', True), returns='VirtualPrivateCloudRouteTableConnection')
    get_virtual_private_cloud_route_tables_connection_with_http_info = get_virtual_private_cloud_route_tables_connection.with_http_info
    update_virtual_private_cloud_route_table = Op('update_virtual_private_cloud_route_table', 'POST', '/update-virtual-private-cloud-route-table', body=('virtual_private_cloud_route_table_updation_params', 'VirtualPrivateCloudRouteTableUpdationParams', True), returns='list[WithTaskVirtualPrivateCloudRouteTable]')
    update_virtual_private_cloud_route_table_with_http_info = update_virtual_private_cloud_route_table.with_http_info
