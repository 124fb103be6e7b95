# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class NicApi(Api):
    """The Nic operations of the CloudTower API (docs/apis/NicApi.md)."""
    get_nics = Op('get_nics', 'POST', '/get-nics', body=('get_nics_request_body', 'GetNicsRequestBody', True), returns='list[Nic]')
    get_nics_with_http_info = get_nics.with_http_info
    get_nics_connection = Op('get_nics_connection', 'POST', '/get-nics-connection', body=('get_nics_connection_request_body', 'GetNicsConnectionRequestBody', True), returns='NicConnection')
    get_nics_connection_with_http_info = get_nics_connection.with_http_info
    update_nic = Op('update_nic', 'POST', '/update-nic', body=('nic_updation_params', 'NicUpdationParams', True), returns='list[WithTaskNic]')
    update_nic_with_http_info = update_nic.with_http_info
