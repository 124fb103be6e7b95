# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class SnapshotPlanApi(Api):
    """The SnapshotPlan operations of the CloudTower API (docs/apis/SnapshotPlanApi.md)."""
    create_snapshot_plan = Op('create_snapshot_plan', 'POST', '/create-snapshot-plan', body=('snapshot_plan_creation_params', 'list[SnapshotPlanCreationParams]', True), returns='list[WithTaskSnapshotPlan]')
    create_snapshot_plan_with_http_info = create_snapshot_plan.with_http_info
    delete_snapshot_plan = Op('delete_snapshot_plan', 'POST', '/delete-snapshot-plan', body=('snapshot_plan_deletion_params', 'SnapshotPlanDeletionParams', True), returns='list[WithTaskDeleteSnapshotPlan]')
    delete_snapshot_plan_with_http_info = delete_snapshot_plan.with_http_info
    execute_snapshot_plan = Op('execute_snapshot_plan', 'POST', '/execute-snapshot-plan', body=('snapshot_plan_execution_params', 'SnapshotPlanExecutionParams', True), returns='list[WithTaskSnapshotPlan]')
    execute_snapshot_plan_with_http_info = execute_snapshot_plan.with_http_info
    get_snapshot_plans = Op('get_snapshot_plans', 'POST', '/get-snapshot-plans', body=('get_snapshot_plans_request_body', 'GetSnapshotPlansRequestBody', True), returns='list[SnapshotPlan]')
    get_snapshot_plans_with_http_info = get_snapshot_plans.with_http_info
    get_snapshot_plans_connection = Op('get_snapshot_plans_connection', 'POST', '/get-snapshot-plans-connection', body=('get_snapshot_plans_connection_request_body', 'GetSnapshotPlansConnectionRequestBody', True), returns='SnapshotPlanConnection')
    get_snapshot_plans_connection_with_http_info = get_snapshot_plans_connection.with_http_info
    resume_snapshot_plan = Op('resume_snapshot_plan', 'POST', '/resume-snapshot-plan', body=('snapshot_plan_resume_params', 'SnapshotPlanResumeParams', True), returns='list[WithTaskSnapshotPlan]')
    resume_snapshot_plan_with_http_info = resume_snapshot_plan.with_http_info
    suspend_snapshot_plan = Op('suspend_snapshot_plan', 'POST', '/suspend-snapshot-plan', body=('snapshot_plan_suspended_params', 'SnapshotPlanSuspendedParams', True), returns='list[WithTaskSnapshotPlan]')
    suspend_snapshot_plan_with_http_info = suspend_snapshot_plan.with_http_info
    update_snapshot_plan = Op('update_snapshot_plan', 'POST', '/update-snapshot-plan', body=('snapshot_plan_updation_params', 'SnapshotPlanUpdationParams', True), returns='list[WithTaskSnapshotPlan]')
    update_snapshot_plan_with_http_info = update_snapshot_plan.with_http_info
