# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class BackupPlanApi(Api):
    """The BackupPlan operations of the CloudTower API (docs/apis/BackupPlanApi.md)."""
    backup_rebuild_vm = Op('backup_rebuild_vm', 'POST', '/backup-rebuild-vm', body=('backup_restore_point_rebuild_params', 'BackupRestorePointRebuildParams', True), returns='list[WithTaskBackupRestoreExecution]')
    backup_rebuild_vm_with_http_info = backup_rebuild_vm.with_http_info
    backup_restore_vm_in_place = Op('backup_restore_vm_in_place', 'POST', '/backup-restore-vm-in-place', body=('backup_restore_point_restore_in_place_params', 'BackupRestorePointRestoreInPlaceParams', True), returns='list[WithTaskBackupRestoreExecution]')
    backup_restore_vm_in_place_with_http_info = backup_restore_vm_in_place.with_http_info
    create_backup_plan = Op('create_backup_plan', 'POST', '/create-backup-plan', body=('backup_plan_creation_params', 'list[BackupPlanCreationParams]', True), returns='list[WithTaskBackupPlan]')
    create_backup_plan_with_http_info = create_backup_plan.with_http_info
    delete_backup_plan = Op('delete_backup_plan', 'POST', '/delete-backup-plan', body=('backup_plan_deletion_params', 'BackupPlanDeletionParams', True), returns='list[WithTaskDeleteBackupPlan]')
    delete_backup_plan_with_http_info = delete_backup_plan.with_http_info
    delete_backup_restore_point = Op('delete_backup_restore_point', 'POST', '/delete-backup-restore-point', body=('backup_restore_point_deletion_params', 'BackupRestorePointDeletionParams', True), returns='list[WithTaskDeleteBackupRestorePointArray]')
    delete_backup_restore_point_with_http_info = delete_backup_restore_point.with_http_info
    execute_backup_plan = Op('execute_backup_plan', 'POST', '/execute-backup-plan', body=('backup_plan_execute_params', 'BackupPlanExecuteParams', True), returns='list[WithTaskBackupPlanExecution]')
    execute_backup_plan_with_http_info = execute_backup_plan.with_http_info
    get_backup_plans = Op('get_backup_plans', 'POST', '/get-backup-plans', body=('get_backup_plans_request_body', 'GetBackupPlansRequestBody', True), returns='list[BackupPlan]')
    get_backup_plans_with_http_info = get_backup_plans.with_http_info
    get_backup_plans_connection = Op('get_backup_plans_connection', 'POST', '/get-backup-plans-connection', body=('get_backup_plans_connection_request_body', 'GetBackupPlansConnectionRequestBody', True), returns='BackupPlanConnection')
    get_backup_plans_connection_with_http_info = get_backup_plans_connection.with_http_info
    get_backup_restore_point_metadata = Op('get_backup_restore_point_metadata', 'POST', '/get-backup-restore-point-metadata', body=('get_backup_restore_point_metadata_request_body', 'GetBackupRestorePointMetadataRequestBody', True), returns='VmMetaData')
    get_backup_restore_point_metadata_with_http_info = get_backup_restore_point_metadata.with_http_info
    resume_backup_plan = Op('resume_backup_plan', 'POST', '/resume-backup-plan', body=('backup_plan_resume_params', 'BackupPlanResumeParams', True), returns='list[WithTaskBackupPlan]')
    resume_backup_plan_with_http_info = resume_backup_plan.with_http_info
    suspend_backup_plan = Op('suspend_backup_plan', 'POST', '/suspend-backup-plan', body=('backup_plan_suspend_params', 'BackupPlanSuspendParams', True), returns='list[WithTaskBackupPlan]')
    suspend_backup_plan_with_http_info = suspend_backup_plan.with_http_info
    update_backup_plan = Op('update_backup_plan', 'POST', '/update-backup-plan', body=('backup_plan_updation_params', 'BackupPlanUpdationParams', True), returns='list[WithTaskBackupPlan]')
    update_backup_plan_with_http_info = update_backup_plan.with_http_info
