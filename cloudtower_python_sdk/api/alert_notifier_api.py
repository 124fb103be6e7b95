# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class AlertNotifierApi(Api):
    """The AlertNotifier operations of the CloudTower API (docs/apis/AlertNotifierApi.md)."""
    create_alert_notifier = Op('create_alert_notifier', 'POST', '/create-alert-notifier', body=('alert_notifier_creation_params', 'list[AlertNotifierCreationParams]', True), returns='list[WithTaskAlertNotifier]')
    create_alert_notifier_with_http_info = create_alert_notifier.with_http_info
    delete_alert_notifier = Op('delete_alert_notifier', 'POST', '/delete-alert-notifier', body=('delete_alert_notifier_params', 'DeleteAlertNotifierParams', True), returns='list[WithTaskDeleteAlertNotifier]')
    delete_alert_notifier_with_http_info = delete_alert_notifier.with_http_info
    get_alert_notifiers = Op('get_alert_notifiers', 'POST', '/get-alert-notifiers', body=('get_alert_notifiers_request_body', 'GetAlertNotifiersRequestBody', True), returns='list[AlertNotifier]')
    get_alert_notifiers_with_http_info = get_alert_notifiers.with_http_info
    get_alert_notifiers_connection = Op('get_alert_notifiers_connection', 'POST', '/get-alert-notifiers-connection', body=('get_alert_notifiers_connection_request_body', 'GetAlertNotifiersConnectionRequestBody', True), returns='AlertNotifierConnection')
    get_alert_notifiers_connection_with_http_info = get_alert_notifiers_connection.with_http_info
    update_alert_notifier = Op('update_alert_notifier', 'POST', '/update-alert-notifier', body=('alert_notifier_updation_params', 'AlertNotifierUpdationParams', True), returns='WithTaskAlertNotifier')
    update_alert_notifier_with_http_info = update_alert_notifier.with_http_info
    update_many_alert_notifiers = Op('update_many_alert_notifiers', 'POST', '/update-many-alert-notifiers', body=('alert_notifier_many_updation_params', 'AlertNotifierManyUpdationParams', True), returns='list[WithTaskAlertNotifier]')
    update_many_alert_notifiers_with_http_info = update_many_alert_notifiers.with_http_info
