# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ApplicationApi(Api):
    """The Application operations of the CloudTower API (docs/apis/ApplicationApi.md)."""
    get_applications = Op('get_applications', 'POST', '/get-applications', body=('get_applications_request_body', 'GetApplicationsRequestBody', True), returns='list[Application]')
    get_applications_with_http_info = get_applications.with_http_info
    get_applications_connection = Op('get_applications_connection', 'POST', '/get-applications-connection', body=('get_applications_connection_request_body', 'GetApplicationsConnectionRequestBody', True), returns='ApplicationConnection')
    get_applications_connection_with_http_info = get_applications_connection.with_http_info
