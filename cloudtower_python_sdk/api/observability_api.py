# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ObservabilityApi(Api):
    """The Observability operations of the CloudTower API (docs/apis/ObservabilityApi.md)."""
    clear_system_service_alert_notification_config = Op('clear_system_service_alert_notification_config', 'POST', '/clear-system-service-alert-notification-config', body=('disassociate_system_service_from_obs_service_params', 'DisassociateSystemServiceFromObsServiceParams', True), returns='WithTaskDisassociateSystemServiceFromObsServiceResult')
    clear_system_service_alert_notification_config_with_http_info = clear_system_service_alert_notification_config.with_http_info
    disassociate_system_service_from_obs_service = Op('disassociate_system_service_from_obs_service', 'POST', '/disassociate-system-service-from-obs-service', body=('disassociate_system_service_from_obs_service_params', 'DisassociateSystemServiceFromObsServiceParams', True), returns='WithTaskDisassociateSystemServiceFromObsServiceResult')
    disassociate_system_service_from_obs_service_with_http_info = disassociate_system_service_from_obs_service.with_http_info
