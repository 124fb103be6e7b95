# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class IscsiConnectionApi(Api):
    """The IscsiConnection operations of the CloudTower API (docs/apis/IscsiConnectionApi.md)."""
    get_iscsi_connections = Op('get_iscsi_connections', 'POST', '/get-iscsi-connections', body=('get_iscsi_connections_request_body', 'GetIscsiConnectionsRequestBody', True), returns='list[IscsiConnection]')
    get_iscsi_connections_with_http_info = get_iscsi_connections.with_http_info
    get_iscsi_connections_connection = Op('get_iscsi_connections_connection', 'POST', '/get-iscsi-connections-connection', body=('get_iscsi_connections_connection_request_body', 'GetIscsiConnectionsConnectionRequestBody', True), returns='IscsiConnectionConnection')
    get_iscsi_connections_connection_with_http_info = get_iscsi_connections_connection.with_http_info
