# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ViewApi(Api):
    """The View operations of the CloudTower API (docs/apis/ViewApi.md)."""
    create_view = Op('create_view', 'POST', '/create-view', body=('view_creation_params', 'list[ViewCreationParams]', True), returns='list[WithTaskView]')
    create_view_with_http_info = create_view.with_http_info
    delete_view = Op('delete_view', 'POST', '/delete-view', body=('view_deletion_params', 'ViewDeletionParams', True), returns='list[WithTaskDeleteView]')
    delete_view_with_http_info = delete_view.with_http_info
    get_views = Op('get_views', 'POST', '/get-views', body=('get_views_request_body', 'GetViewsRequestBody', True), returns='list[View]')
    get_views_with_http_info = get_views.with_http_info
    get_views_connection = Op('get_views_connection', 'POST', '/get-views-connection', body=('get_views_connection_request_body', 'GetViewsConnectionRequestBody', True), returns='ViewConnection')
    get_views_connection_with_http_info = get_views_connection.with_http_info
    update_view = Op('update_view', 'POST', '/update-view', body=('view_updation_params', 'ViewUpdationParams', True), returns='list[WithTaskView]')
    update_view_with_http_info = update_view.with_http_info
