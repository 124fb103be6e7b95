# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class SecurityPolicyApi(Api):
    """The SecurityPolicy operations of the CloudTower API (docs/apis/SecurityPolicyApi.md)."""
    create_security_policy = Op('create_security_policy', 'POST', '/create-security-policy', body=('security_policy_create_params', 'SecurityPolicyCreateParams', True), returns='WithTaskSecurityPolicy')
    create_security_policy_with_http_info = create_security_policy.with_http_info
    delete_security_policy = Op('delete_security_policy', 'POST', '/delete-security-policy', body=('security_policy_delete_params', 'SecurityPolicyDeleteParams', True), returns='list[WithTaskDeleteSecurityPolicy]')
    delete_security_policy_with_http_info = delete_security_policy.with_http_info
    get_security_policies = Op('get_security_policies', 'POST', '/get-security-policies', body=('get_security_policies_request_body', 'GetSecurityPoliciesRequestBody', True), returns='list[SecurityPolicy]')
    get_security_policies_with_http_info = get_security_policies.with_http_info
    get_security_policies_connection = Op('get_security_policies_connection', 'POST', '/get-security-policies-connection', body=('get_security_policies_connection_request_body', 'GetSecurityPoliciesConnectionRequestBody', True), returns='SecurityPolicyConnection')
    get_security_policies_connection_with_http_info = get_security_policies_connection.with_http_info
    update_security_policy = Op('update_security_policy', 'POST', '/update-security-policy', body=('security_policy_update_body', 'SecurityPolicyUpdateBody', True), returns='list[WithTaskSecurityPolicy]')
    update_security_policy_with_http_info = update_security_policy.with_http_info
