# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ReplicationPlanApi(Api):
    """The ReplicationPlan operations of the CloudTower API (docs/apis/ReplicationPlanApi.md)."""
    get_replication_plans = Op('get_replication_plans', 'POST', '/get-replication-plans', body=('get_replication_plans_request_body', 'GetReplicationPlansRequestBody', True), returns='list[ReplicationPlan]')
    get_replication_plans_with_http_info = get_replication_plans.with_http_info
    get_replication_plans_connection = Op('get_replication_plans_connection', 'POST', '/get-replication-plans-connection', body=('get_replication_plans_connection_request_body', 'GetReplicationPlansConnectionRequestBody', True), returns='ReplicationPlanConnection')
    get_replication_plans_connection_with_http_info = get_replication_plans_connection.with_http_info
