# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class SnmpTrapReceiverApi(Api):
    """The SnmpTrapReceiver operations of the CloudTower API (docs/apis/SnmpTrapReceiverApi.md)."""
    create_snmp_trap_receiver = Op('create_snmp_trap_receiver', 'POST', '/create-snmp-trap-receiver', body=('snmp_trap_receiver_creation_params', 'list[SnmpTrapReceiverCreationParams]', True), returns='list[WithTaskSnmpTrapReceiver]')
    create_snmp_trap_receiver_with_http_info = create_snmp_trap_receiver.with_http_info
    delete_snmp_trap_receiver = Op('delete_snmp_trap_receiver', 'POST', '/delete-snmp-trap-receiver', body=('snmp_trap_receiver_deletion_params', 'SnmpTrapReceiverDeletionParams', True), returns='list[WithTaskDeleteSnmpTrapReceiver]')
    delete_snmp_trap_receiver_with_http_info = delete_snmp_trap_receiver.with_http_info
    get_snmp_trap_receivers = Op('get_snmp_trap_receivers', 'POST', '/get-snmp-trap-receivers', body=('get_snmp_trap_receivers_request_body', 'GetSnmpTrapReceiversRequestBody', True), returns='list[SnmpTrapReceiver]')
    get_snmp_trap_receivers_with_http_info = get_snmp_trap_receivers.with_http_info
    get_snmp_trap_receivers_connection = Op('get_snmp_trap_receivers_connection', 'POST', '/get-snmp-trap-receivers-connection', body=('get_snmp_trap_receivers_connection_request_body', 'GetSnmpTrapReceiversConnectionRequestBody', True), returns='SnmpTrapReceiverConnection')
    get_snmp_trap_receivers_connection_with_http_info = get_snmp_trap_receivers_connection.with_http_info
    update_snmp_trap_receiver = Op('update_snmp_trap_receiver', 'POST', '/update-snmp-trap-receiver', body=('snmp_trap_receiver_updation_params', 'SnmpTrapReceiverUpdationParams', True), returns='list[WithTaskSnmpTrapReceiver]')
    update_snmp_trap_receiver_with_http_info = update_snmp_trap_receiver.with_http_info
