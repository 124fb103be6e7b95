# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class LogServiceConfigApi(Api):
    """The LogServiceConfig operations of the CloudTower API (docs/apis/LogServiceConfigApi.md)."""
    get_log_service_configs = Op('get_log_service_configs', 'POST', '/get-log-service-configs', body=('get_log_service_configs_request_body', 'GetLogServiceConfigsRequestBody', True), returns='list[LogServiceConfig]')
    get_log_service_configs_with_http_info = get_log_service_configs.with_http_info
