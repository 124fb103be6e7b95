# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class TaskApi(Api):
    """The Task operations of the CloudTower API (docs/apis/TaskApi.md)."""
    create_task = Op('create_task', 'POST', '/create-task', body=('task_creation_params', 'list[TaskCreationParams]', True), returns='list[WithTaskTask]')
    create_task_with_http_info = create_task.with_http_info
    get_tasks = Op('get_tasks', 'POST', '/get-tasks', body=('get_tasks_request_body', 'GetTasksRequestBody', True), returns='list[Task]')
    get_tasks_with_http_info = get_tasks.with_http_info
    get_tasks_connection = Op('get_tasks_connection', 'POST', '/get-tasks-connection', body=('get_tasks_connection_request_body', 'GetTasksConnectionRequestBody', True), returns='TaskConnection')
    get_tasks_connection_with_http_info = get_tasks_connection.with_http_info
    update_task = Op('update_task', 'POST', '/update-task', body=('task_update_params', 'TaskUpdateParams', True), returns='list[WithTaskTask]')
    update_task_with_http_info = update_task.with_http_info
