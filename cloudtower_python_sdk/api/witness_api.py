# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class WitnessApi(Api):
    """The Witness operations of the CloudTower API (docs/apis/WitnessApi.md)."""
    get_witnesses = Op('get_witnesses', 'POST', '/get-witnesses', body=('get_witnesses_request_body', 'GetWitnessesRequestBody', True), returns='list[Witness]')
    get_witnesses_with_http_info = get_witnesses.with_http_info
    get_witnesses_connection = Op('get_witnesses_connection', 'POST', '/get-witnesses-connection', body=('get_witnesses_connection_request_body', 'GetWitnessesConnectionRequestBody', True), returns='WitnessConnection')
    get_witnesses_connection_with_http_info = get_witnesses_connection.with_http_info
