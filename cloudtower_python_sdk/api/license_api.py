# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class LicenseApi(Api):
    """The License operations of the CloudTower API (docs/apis/LicenseApi.md)."""
    get_licenses = Op('get_licenses', 'POST', '/get-licenses', body=('get_licenses_request_body', 'GetLicensesRequestBody', True), returns='list[License]')
    get_licenses_with_http_info = get_licenses.with_http_info
    get_licenses_connection = Op('get_licenses_connection', 'POST', '/get-licenses-connection', body=('get_licenses_connection_request_body', 'GetLicensesConnectionRequestBody', True), returns='LicenseConnection')
    get_licenses_connection_with_http_info = get_licenses_connection.with_http_info
    update_deploy = Op('update_deploy', 'POST', '/update-license', body=('license_updation_params', 'LicenseUpdationParams', True), returns='WithTaskLicense')
    update_deploy_with_http_info = update_deploy.with_http_info
