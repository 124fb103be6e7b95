# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class SnmpTransportApi(Api):
    """The SnmpTransport operations of the CloudTower API (docs/apis/SnmpTransportApi.md)."""
    create_snmp_transport = Op('create_snmp_transport', 'POST', '/create-snmp-transport', body=('snmp_transport_creation_params', 'list[SnmpTransportCreationParams]', True), returns='list[WithTaskSnmpTransport]')
    create_snmp_transport_with_http_info = create_snmp_transport.with_http_info
    delete_snmp_transport = Op('delete_snmp_transport', 'POST', '/delete-snmp-transport', body=('snmp_transport_deletion_params', 'SnmpTransportDeletionParams', True), returns='list[WithTaskDeleteSnmpTransport]')
    delete_snmp_transport_with_http_info = delete_snmp_transport.with_http_info
    get_snmp_transports = Op('get_snmp_transports', 'POST', '/get-snmp-transports', body=('get_snmp_transports_request_body', 'GetSnmpTransportsRequestBody', True), returns='list[SnmpTransport]')
    get_snmp_transports_with_http_info = get_snmp_transports.with_http_info
    get_snmp_transports_connection = Op('get_snmp_transports_connection', 'POST', '/get-snmp-transports-connection', body=('get_snmp_transports_connection_request_body', 'GetSnmpTransportsConnectionRequestBody', True), returns='SnmpTransportConnection')
    get_snmp_transports_connection_with_http_info = get_snmp_transports_connection.with_http_info
    update_snmp_transport = Op('update_snmp_transport', 'POST', '/update-snmp-transport', body=('snmp_transport_updation_params', 'SnmpTransportUpdationParams', True), returns='list[WithTaskSnmpTransport]')
    update_snmp_transport_with_http_info = update_snmp_transport.with_http_info
