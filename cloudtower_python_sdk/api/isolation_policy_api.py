# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class IsolationPolicyApi(Api):
    """The IsolationPolicy operations of the CloudTower API (docs/apis/IsolationPolicyApi.md)."""
    create_isolation_policy = Op('create_isolation_policy', 'POST', '/create-isolation-policy', body=('isolation_policy_create_params', 'IsolationPolicyCreateParams', True), returns='IsolationPolicy')
    create_isolation_policy_with_http_info = create_isolation_policy.with_http_info
    delete_isolation_policy = Op('delete_isolation_policy', 'POST', '/delete-isolation-policy', body=('isolation_policy_delete_params', 'IsolationPolicyDeleteParams', True), returns='list[DeleteIsolationPolicy]')
    delete_isolation_policy_with_http_info = delete_isolation_policy.with_http_info
    get_isolation_policies = Op('get_isolation_policies', 'POST', '/get-isolation-policies', body=('get_isolation_policies_request_body', 'GetIsolationPoliciesRequestBody', True), returns='list[IsolationPolicy]')
    get_isolation_policies_with_http_info = get_isolation_policies.with_http_info
    get_isolation_policies_connection = Op('get_isolation_policies_connection', 'POST', '/get-isolation-policies-connection', body=('get_isolation_policies_connection_request_body', 'GetIsolationPoliciesConnectionRequestBody', True), returns='IsolationPolicyConnection')
    get_isolation_policies_connection_with_http_info = get_isolation_policies_connection.with_http_info
    update_isolation_policy = Op('update_isolation_policy', 'POST', '/update-isolation-policy', body=('isolation_policy_update_body', 'IsolationPolicyUpdateBody', True), returns='list[IsolationPolicy]')
    update_isolation_policy_with_http_info = update_isolation_policy.with_http_info
