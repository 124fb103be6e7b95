# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class HostApi(Api):
    """The Host operations of the CloudTower API (docs/apis/HostApi.md)."""
    create_host = Op('create_host', 'POST', '/create-host', body=('host_creation_params', 'list[HostCreationParams]', True), returns='list[WithTaskBatchHosts]')
    create_host_with_http_info = create_host.with_http_info
    enter_maintenance_mode = Op('enter_maintenance_mode', 'POST', '/enter-maintance-mode', body=('enter_maintenance_mode_params', 'EnterMaintenanceModeParams', True), returns='WithTaskHost')
    enter_maintenance_mode_with_http_info = enter_maintenance_mode.with_http_info
    enter_maintenance_mode_pre_check = Op('enter_maintenance_mode_pre_check', 'POST', '/enter-maintenance-mode-precheck', body=('enter_maintenance_mode_check_params', 'EnterMaintenanceModeCheckParams', True), returns='EnterMaintenanceModeCheckResult')
    enter_maintenance_mode_pre_check_with_http_info = enter_maintenance_mode_pre_check.with_http_info
    enter_maintenance_mode_precheck_result = Op('enter_maintenance_mode_precheck_result', 'POST', '/enter-maintance-mode-precheck-result', body=('enter_maintenance_mode_result_params', 'EnterMaintenanceModeResultParams', True), returns='EnterMaintenanceModeResult')
    enter_maintenance_mode_precheck_result_with_http_info = enter_maintenance_mode_precheck_result.with_http_info
    exit_maintenance_mode = Op('exit_maintenance_mode', 'POST', '/exit-maintance-mode', body=('exit_maintenance_mode_params', 'ExitMaintenanceModeParams', True), returns='WithTaskHost')
    exit_maintenance_mode_with_http_info = exit_maintenance_mode.with_http_info
    exit_maintenance_mode_precheck_result = Op('exit_maintenance_mode_precheck_result', 'POST', '/exit-maintance-mode-precheck-result', body=('exit_maintenance_mode_result_params', 'ExitMaintenanceModeResultParams', True), returns='ExitMaintenanceModeResult')
    exit_maintenance_mode_precheck_result_with_http_info = exit_maintenance_mode_precheck_result.with_http_info
    get_hosts = Op('get_hosts', 'POST', '/get-hosts', body=('get_hosts_request_body', 'GetHostsRequestBody', True), returns='list[Host]')
    get_hosts_with_http_info = get_hosts.with_http_info
    get_hosts_connection = Op('get_hosts_connection', 'POST', '/get-hosts-connection', body=('get_hosts_connection_request_body', 'GetHostsConnectionRequestBody', True), returns='HostConnection')
    get_hosts_connection_with_http_info = get_hosts_connection.with_http_info
    power_off_host = Op('power_off_host', 'POST', '/operate-host-power', body=('operate_host_power_params', 'OperateHostPowerParams', True), returns='WithTaskHost')
    power_off_host_with_http_info = power_off_host.with_http_info
    trigger_disk_blink = Op('trigger_disk_blink', 'POST', '/trigger-disk-blink', body=('trigger_disk_blink_params', 'list[TriggerDiskBlinkParams]', True), returns='list[WithTaskHost]')
    trigger_disk_blink_with_http_info = trigger_disk_blink.with_http_info
    update_host = Op('update_host', 'POST', '/update-host', body=('host_updation_params', 'HostUpdationParams', True), returns='list[WithTaskHost]')
    update_host_with_http_info = update_host.with_http_info
