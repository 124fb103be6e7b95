# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class UploadTaskApi(Api):
    """The UploadTask operations of the CloudTower API (docs/apis/UploadTaskApi.md)."""
    cancel_upload_task = Op('cancel_upload_task', 'POST', '/cancel-upload-task', body=('cancel_upload_task_params', 'CancelUploadTaskParams', True), returns='list[str]')
    cancel_upload_task_with_http_info = cancel_upload_task.with_http_info
    get_upload_tasks = Op('get_upload_tasks', 'POST', '/get-upload-tasks', body=('get_upload_tasks_request_body', 'GetUploadTasksRequestBody', True), returns='list[UploadTask]')
    get_upload_tasks_with_http_info = get_upload_tasks.with_http_info
    get_upload_tasks_connection = Op('get_upload_tasks_connection', 'POST', '/get-upload-tasks-connection', body=('get_upload_tasks_connection_request_body', 'GetUploadTasksConnectionRequestBody', True), returns='UploadTaskConnection')
    get_upload_tasks_connection_with_http_info = get_upload_tasks_connection.with_http_info
