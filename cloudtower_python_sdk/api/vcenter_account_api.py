# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VcenterAccountApi(Api):
    """The VcenterAccount operations of the CloudTower API (docs/apis/VcenterAccountApi.md)."""
    create_vcenter_account = Op('create_vcenter_account', 'POST', '/create-vcenter-account', body=('create_vcenter_account_params', 'CreateVcenterAccountParams', True), returns='WithTaskVcenterAccount')
    create_vcenter_account_with_http_info = create_vcenter_account.with_http_info
    get_vcenter_accounts = Op('get_vcenter_accounts', 'POST', '/get-vcenter-accounts', body=('get_vcenter_accounts_request_body', 'GetVcenterAccountsRequestBody', True), returns='list[VcenterAccount]')
    get_vcenter_accounts_with_http_info = get_vcenter_accounts.with_http_info
    get_vcenter_accounts_connection = Op('get_vcenter_accounts_connection', 'POST', '/get-vcenter-accounts-connection', body=('get_vcenter_accounts_connection_request_body', 'GetVcenterAccountsConnectionRequestBody', True), returns='VcenterAccountConnection')
    get_vcenter_accounts_connection_with_http_info = get_vcenter_accounts_connection.with_http_info
    update_vcenter_account = Op('update_vcenter_account', 'POST', '/update-vcenter-account', body=('update_vcenter_account_params', 'UpdateVcenterAccountParams', True), returns='WithTaskVcenterAccount')
    update_vcenter_account_with_http_info = update_vcenter_account.with_http_info
