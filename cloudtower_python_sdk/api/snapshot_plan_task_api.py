# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class SnapshotPlanTaskApi(Api):
    """The SnapshotPlanTask operations of the CloudTower API (docs/apis/SnapshotPlanTaskApi.md)."""
    get_snapshot_plan_tasks = Op('get_snapshot_plan_tasks', 'POST', '/get-snapshot-plan-tasks', body=('get_snapshot_plan_tasks_request_body', 'GetSnapshotPlanTasksRequestBody', True), returns='list[SnapshotPlanTask]')
    get_snapshot_plan_tasks_with_http_info = get_snapshot_plan_tasks.with_http_info
    get_snapshot_plan_tasks_connection = Op('get_snapshot_plan_tasks_connection', 'POST', '/get-snapshot-plan-tasks-connection', body=('get_snapshot_plan_tasks_connection_request_body', 'GetSnapshotPlanTasksConnectionRequestBody', True), returns='SnapshotPlanTaskConnection')
    get_snapshot_plan_tasks_connection_with_http_info = get_snapshot_plan_tasks_connection.with_http_info
