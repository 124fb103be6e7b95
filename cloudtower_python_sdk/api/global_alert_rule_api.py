# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class GlobalAlertRuleApi(Api):
    """The GlobalAlertRule operations of the CloudTower API (docs/apis/GlobalAlertRuleApi.md)."""
    get_global_alert_rules = Op('get_global_alert_rules', 'POST', '/get-global-alert-rules', body=('get_global_alert_rules_request_body', 'GetGlobalAlertRulesRequestBody', True), returns='list[GlobalAlertRule]')
    get_global_alert_rules_with_http_info = get_global_alert_rules.with_http_info
    get_global_alert_rules_connection = Op('get_global_alert_rules_connection', 'POST', '/get-global-alert-rules-connection', body=('get_global_alert_rules_connection_request_body', 'GetGlobalAlertRulesConnectionRequestBody', True), returns='GlobalAlertRuleConnection')
    get_global_alert_rules_connection_with_http_info = get_global_alert_rules_connection.with_http_info
    update_customize_alert_rule = Op('update_customize_alert_rule', 'POST', '/update-customize-alert-rule', body=('customize_alert_rule_updation_params', 'CustomizeAlertRuleUpdationParams', True), returns='list[WithTaskGlobalAlertRule]')
    update_customize_alert_rule_with_http_info = update_customize_alert_rule.with_http_info
    update_global_alert_rule = Op('update_global_alert_rule', 'POST', '/update-global-alert-rule', body=('global_alert_rule_updation_params', 'GlobalAlertRuleUpdationParams', True), returns='list[WithTaskGlobalAlertRule]')
    update_global_alert_rule_with_http_info = update_global_alert_rule.with_http_info
