# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VirtualPrivateCloudFloatingIpApi(Api):
    """The VirtualPrivateCloudFloatingIp operations of the CloudTower API (docs/apis/VirtualPrivateCloudFloatingIpApi.md)."""
    batch_create_virtual_private_cloud_floating_ips = Op('batch_create_virtual_private_cloud_floating_ips', 'POST', '/batch-create-virtual-private-cloud-floating-ips', body=('batch_create_virtual_private_cloud_floating_ips_params', 'BatchCreateVirtualPrivateCloudFloatingIpsParams', True), returns='list[WithTaskBatchCreateVirtualPrivateCloudFloatingIp]')
    batch_create_virtual_private_cloud_floating_ips_with_http_info = batch_create_virtual_private_cloud_floating_ips.with_http_info
    create_virtual_private_cloud_floating_ip = Op('create_virtual_private_cloud_floating_ip', 'POST', '/create-virtual-private-cloud-floating-ip', body=('virtual_private_cloud_floating_ip_creation_params', 'list[VirtualPrivateCloudFloatingIpCreationParams]', True), returns='list[WithTaskVirtualPrivateCloudFloatingIp]')
    create_virtual_private_cloud_floating_ip_with_http_info = create_virtual_private_cloud_floating_ip.with_http_info
    delete_virtual_private_cloud_floating_ip = Op('delete_virtual_private_cloud_floating_ip', 'POST', '/delete-virtual-private-cloud-floating-ip', body=('virtual_private_cloud_floating_ip_deletion_params', 'VirtualPrivateCloudFloatingIpDeletionParams', True), returns='list[WithTaskDeleteVirtualPrivateCloudFloatingIp]')
    delete_virtual_private_cloud_floating_ip_with_http_info = delete_virtual_private_cloud_floating_ip.with_http_info
    get_virtual_private_cloud_floating_ips = Op('get_virtual_private_cloud_floating_ips', 'POST', '/get-virtual-private-cloud-floating-ips', body=('get_virtual_private_cloud_floating_ips_request_body', 'GetVirtualPrivateCloudFloatingIpsRequestBody', True), returns='list[VirtualPrivateCloudFloatingIp]')
    get_virtual_private_cloud_floating_ips_with_http_info = get_virtual_private_cloud_floating_ips.with_http_info
    get_virtual_private_cloud_floating_ips_connection = Op('get_virtual_private_cloud_floating_ips_connection', 'POST', '/get-virtual-private-cloud-floating-ips-connection', body=('get_virtual_private_cloud_floating_ips_connection_request_body', 'GetVirtualPrivateCloudFloatingIpsConnectionRequestBody', True), returns='VirtualPrivateCloudFloatingIpConnection')
    get_virtual_private_cloud_floating_ips_connection_with_http_info = get_virtual_private_cloud_floating_ips_connection.with_http_info
