# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VirtualPrivateCloudSecurityPolicyApi(Api):
    """The VirtualPrivateCloudSecurityPolicy operations of the CloudTower API (docs/apis/VirtualPrivateCloudSecurityPolicyApi.md)."""
    create_virtual_private_cloud_security_policy = Op('create_virtual_private_cloud_security_policy', 'POST', '/create-virtual-private-cloud-security-policy', body=('virtual_private_cloud_security_policy_create_params', 'list[VirtualPrivateCloudSecurityPolicyCreateParams]', True), returns='list[WithTaskVirtualPrivateCloudSecurityPolicy]')
    create_virtual_private_cloud_security_policy_with_http_info = create_virtual_private_cloud_security_policy.with_http_info
    delete_virtual_private_cloud_security_policy = Op('delete_virtual_private_cloud_security_policy', 'POST', '/delete-virtual-private-cloud-security-policy', body=('virtual_private_cloud_security_policy_delete_params', 'VirtualPrivateCloudSecurityPolicyDeleteParams', True), returns='list[WithTaskDeleteVirtualPrivateCloudSecurityPolicy]')
    delete_virtual_private_cloud_security_policy_with_http_info = delete_virtual_private_cloud_security_policy.with_http_info
    get_virtual_private_cloud_security_policies = Op('get_virtual_private_cloud_security_policies', 'POST', '/get-virtual-private-cloud-security-policies', body=('get_virtual_private_cloud_security_policies_request_body', 'GetVirtualPrivateCloudSecurityPoliciesRequestBody', True), returns='list[VirtualPrivateCloudSecurityPolicy]')
    get_virtual_private_cloud_security_policies_with_http_info = get_virtual_private_cloud_security_policies.with_http_info
    get_virtual_private_cloud_security_policies_connection = Op('get_virtual_private_cloud_security_policies_connection', 'POST', '/get-virtual-private-cloud-security-policies-connection', body=('get_virtual_private_cloud_security_policies_connection_request_body', 'GetVirtualPrivateCloudSecurityPoliciesConnectionRequestBody', True), returns='VirtualPrivateCloudSecurityPolicyConnection')
    get_virtual_private_cloud_security_policies_connection_with_http_info = get_virtual_private_cloud_security_policies_connection.with_http_info
    update_virtual_private_cloud_security_policy = Op('update_virtual_private_cloud_security_policy', 'POST', '/update-virtual-private-cloud-security-policy', body=('virtual_private_cloud_security_policy_update_body', 'VirtualPrivateCloudSecurityPolicyUpdateBody', True), returns='list[WithTaskVirtualPrivateCloudSecurityPolicy]')
    update_virtual_private_cloud_security_policy_with_http_info = update_virtual_private_cloud_security_policy.with_http_info
