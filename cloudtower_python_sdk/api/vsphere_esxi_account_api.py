# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VsphereEsxiAccountApi(Api):
    """The VsphereEsxiAccount operations of the CloudTower API (docs/apis/VsphereEsxiAccountApi.md)."""
    get_vsphere_esxi_accounts = Op('get_vsphere_esxi_accounts', 'POST', '/get-vsphere-esxi-accounts', body=('get_vsphere_esxi_accounts_request_body', 'GetVsphereEsxiAccountsRequestBody', True), returns='list[VsphereEsxiAccount]')
    get_vsphere_esxi_accounts_with_http_info = get_vsphere_esxi_accounts.with_http_info
    get_vsphere_esxi_accounts_connection = Op('get_vsphere_esxi_accounts_connection', 'POST', '/get-vsphere-esxi-accounts-connection', body=('get_vsphere_esxi_accounts_connection_request_body', 'GetVsphereEsxiAccountsConnectionRequestBody', True), returns='VsphereEsxiAccountConnection')
    get_vsphere_esxi_accounts_connection_with_http_info = get_vsphere_esxi_accounts_connection.with_http_info
    update_vsphere_esxi_account = Op('update_vsphere_esxi_account', 'POST', '/update-vsphere-esxi-account', body=('update_vsphere_esxi_account_params', 'UpdateVsphereEsxiAccountParams', True), returns='list[WithTaskVsphereEsxiAccountArray]')
    update_vsphere_esxi_account_with_http_info = update_vsphere_esxi_account.with_http_info
