# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class NtpApi(Api):
    """The Ntp operations of the CloudTower API (docs/apis/NtpApi.md)."""
    get_ntp_service_url = Op('get_ntp_service_url', 'POST', '/get-ntp-service-url', returns='NtpServiceUrl')
    get_ntp_service_url_with_http_info = get_ntp_service_url.with_http_info
