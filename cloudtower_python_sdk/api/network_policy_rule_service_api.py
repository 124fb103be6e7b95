# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class NetworkPolicyRuleServiceApi(Api):
    """The NetworkPolicyRuleService operations of the CloudTower API (docs/apis/NetworkPolicyRuleServiceApi.md)."""
    create_network_policy_rule_service = Op('create_network_policy_rule_service', 'POST', '/create-network-policy-rule-service', body=('network_policy_rule_service_creation_params', 'list[NetworkPolicyRuleServiceCreationParams]', True), returns='list[WithTaskNetworkPolicyRuleService]')
    create_network_policy_rule_service_with_http_info = create_network_policy_rule_service.with_http_info
    delete_network_policy_rule_service = Op('delete_network_policy_rule_service', 'POST', '/delete-network-policy-rule-service', body=('network_policy_rule_service_deletion_params', 'NetworkPolicyRuleServiceDeletionParams', True), returns='list[WithTaskDeleteNetworkPolicyRuleService]')
    delete_network_policy_rule_service_with_http_info = delete_network_policy_rule_service.with_http_info
    get_network_policy_rule_services = Op('get_network_policy_rule_services', 'POST', '/get-network-policy-rule-services', body=('get_network_policy_rule_services_request_body', 'GetNetworkPolicyRuleServicesRequestBody', True), returns='list[NetworkPolicyRuleService]')
    get_network_policy_rule_services_with_http_info = get_network_policy_rule_services.with_http_info
    get_network_policy_rule_services_connection = Op('get_network_policy_rule_services_connection', 'POST', '/get-network-policy-rule-services-connection', body=('get_network_policy_rule_services_connection_request_body', 'GetNetworkPolicyRuleServicesConnectionRequestBody', True), returns='NetworkPolicyRuleServiceConnection')
    get_network_policy_rule_services_connection_with_http_info = get_network_policy_rule_services_connection.with_http_info
    update_network_policy_rule_service = Op('update_network_policy_rule_service', 'POST', '/update-network-policy-rule-service', body=('network_policy_rule_service_updation_params', 'NetworkPolicyRuleServiceUpdationParams', True), returns='list[WithTaskNetworkPolicyRuleService]')
    update_network_policy_rule_service_with_http_info = update_network_policy_rule_service.with_http_info
