# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ReplicaVmApi(Api):
    """The ReplicaVm operations of the CloudTower API (docs/apis/ReplicaVmApi.md)."""
    get_replica_vms = Op('get_replica_vms', 'POST', '/get-replica-vms', body=('get_replica_vms_request_body', 'GetReplicaVmsRequestBody', True), returns='list[ReplicaVm]')
    get_replica_vms_with_http_info = get_replica_vms.with_http_info
    get_replica_vms_connection = Op('get_replica_vms_connection', 'POST', '/get-replica-vms-connection', body=('get_replica_vms_connection_request_body', 'GetReplicaVmsConnectionRequestBody', True), returns='ReplicaVmConnection')
    get_replica_vms_connection_with_http_info = get_replica_vms_connection.with_http_info
