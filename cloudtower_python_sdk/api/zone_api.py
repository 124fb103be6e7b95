# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ZoneApi(Api):
    """The Zone operations of the CloudTower API (docs/apis/ZoneApi.md)."""
    get_zones = Op('get_zones', 'POST', '/get-zones', body=('get_zones_request_body', 'GetZonesRequestBody', True), returns='list[Zone]')
    get_zones_with_http_info = get_zones.with_http_info
    get_zones_connection = Op('get_zones_connection', 'POST', '/get-zones-connection', body=('get_zones_connection_request_body', 'GetZonesConnectionRequestBody', True), returns='ZoneConnection')
    get_zones_connection_with_http_info = get_zones_connection.with_http_info
