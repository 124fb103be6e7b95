# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ReportTaskApi(Api):
    """The ReportTask operations of the CloudTower API (docs/apis/ReportTaskApi.md)."""
    get_report_tasks = Op('get_report_tasks', 'POST', '/get-report-tasks', body=('get_report_tasks_request_body', 'GetReportTasksRequestBody', True), returns='list[ReportTask]')
    get_report_tasks_with_http_info = get_report_tasks.with_http_info
    get_report_tasks_connection = Op('get_report_tasks_connection', 'POST', '/get-report-tasks-connection', body=('get_report_tasks_connection_request_body', 'GetReportTasksConnectionRequestBody', True), returns='ReportTaskConnection')
    get_report_tasks_connection_with_http_info = get_report_tasks_connection.with_http_info
