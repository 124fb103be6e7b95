# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class SmtpServerApi(Api):
    """The SmtpServer operations of the CloudTower API (docs/apis/SmtpServerApi.md)."""
    get_smtp_servers = Op('get_smtp_servers', 'POST', '/get-smtp-servers', body=('get_smtp_servers_request_body', 'GetSmtpServersRequestBody', True), returns='list[SmtpServer]')
    get_smtp_servers_with_http_info = get_smtp_servers.with_http_info
    get_smtp_servers_connection = Op('get_smtp_servers_connection', 'POST', '/get-smtp-servers-connection', body=('get_smtp_servers_connection_request_body', 'GetSmtpServersConnectionRequestBody', True), returns='SmtpServerConnection')
    get_smtp_servers_connection_with_http_info = get_smtp_servers_connection.with_http_info
