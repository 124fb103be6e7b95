# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class AlertRuleApi(Api):
    """The AlertRule operations of the CloudTower API (docs/apis/AlertRuleApi.md)."""
    get_alert_rules = Op('get_alert_rules', 'POST', '/get-alert-rules', body=('get_alert_rules_request_body', 'GetAlertRulesRequestBody', True), returns='list[AlertRule]')
    get_alert_rules_with_http_info = get_alert_rules.with_http_info
    get_alert_rules_connection = Op('get_alert_rules_connection', 'POST', '/get-alert-rules-connection', body=('get_alert_rules_connection_request_body', 'GetAlertRulesConnectionRequestBody', True), returns='AlertRuleConnection')
    get_alert_rules_connection_with_http_info = get_alert_rules_connection.with_http_info
