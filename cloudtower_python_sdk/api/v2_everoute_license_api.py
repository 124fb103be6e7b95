# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class V2EverouteLicenseApi(Api):
    """The V2EverouteLicense operations of the CloudTower API (docs/apis/V2EverouteLicenseApi.md)."""
    get_v2_everoute_licenses = Op('get_v2_everoute_licenses', 'POST', '/get-v2-everoute-licenses', body=('get_v2_everoute_licenses_request_body', 'GetV2EverouteLicensesRequestBody', True), returns='list[V2EverouteLicense]')
    get_v2_everoute_licenses_with_http_info = get_v2_everoute_licenses.with_http_info
    get_v2_everoute_licenses_connection = Op('get_v2_everoute_licenses_connection', 'POST', '/get-v-2-everoute-licenses-connection', body=('get_v2_everoute_licenses_connection_request_body', 'GetV2EverouteLicensesConnectionRequestBody', True), returns='V2EverouteLicenseConnection')
    get_v2_everoute_licenses_connection_with_http_info = get_v2_everoute_licenses_connection.with_http_info
