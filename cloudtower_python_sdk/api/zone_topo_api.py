# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ZoneTopoApi(Api):
    """The ZoneTopo operations of the CloudTower API (docs/apis/ZoneTopoApi.md)."""
    get_zone_topoes = Op('get_zone_topoes', 'POST', '/get-zone-topoes', body=('get_zone_topoes_request_body', 'GetZoneTopoesRequestBody', True), returns='list[ZoneTopo]')
    get_zone_topoes_with_http_info = get_zone_topoes.with_http_info
    get_zone_topoes_connection = Op('get_zone_topoes_connection', 'POST', '/get-zone-topoes-connection', body=('get_zone_topoes_connection_request_body', 'GetZoneTopoesConnectionRequestBody', True), returns='ZoneTopoConnection')
    get_zone_topoes_connection_with_http_info = get_zone_topoes_connection.with_http_info
