# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class EverouteLicenseApi(Api):
    """The EverouteLicense operations of the CloudTower API (docs/apis/EverouteLicenseApi.md)."""
    get_everoute_licenses = Op('get_everoute_licenses', 'POST', '/get-everoute-licenses', body=('get_everoute_licenses_request_body', 'GetEverouteLicensesRequestBody', True), returns='list[EverouteLicense]')
    get_everoute_licenses_with_http_info = get_everoute_licenses.with_http_info
    get_everoute_licenses_connection = Op('get_everoute_licenses_connection', 'POST', '/get-everoute-licenses-connection', body=('get_everoute_licenses_connection_request_body', 'GetEverouteLicensesConnectionRequestBody', True), returns='EverouteLicenseConnection')
    get_everoute_licenses_connection_with_http_info = get_everoute_licenses_connection.with_http_info
