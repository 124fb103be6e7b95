# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class IpmiApi(Api):
    """The Ipmi operations of the CloudTower API (docs/apis/IpmiApi.md)."""
    get_ipmis = Op('get_ipmis', 'POST', '/get-ipmis', body=('get_ipmis_request_body', 'GetIpmisRequestBody', True), returns='list[Ipmi]')
    get_ipmis_with_http_info = get_ipmis.with_http_info
