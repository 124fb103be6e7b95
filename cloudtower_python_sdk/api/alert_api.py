# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class AlertApi(Api):
    """The Alert operations of the CloudTower API (docs/apis/AlertApi.md)."""
    get_alerts = Op('get_alerts', 'POST', '/get-alerts', body=('get_alerts_request_body', 'GetAlertsRequestBody', True), returns='list[Alert]')
    get_alerts_with_http_info = get_alerts.with_http_info
    get_alerts_connection = Op('get_alerts_connection', 'POST', '/get-alerts-connection', body=('get_alerts_connection_request_body', 'GetAlertsConnectionRequestBody', True), returns='AlertConnection')
    get_alerts_connection_with_http_info = get_alerts_connection.with_http_info
    resolve_alert = Op('resolve_alert', 'POST', '/resolve-alert', body=('resolve_alert_params', 'ResolveAlertParams', True), returns='list[WithTaskAlert]')
    resolve_alert_with_http_info = resolve_alert.with_http_info
