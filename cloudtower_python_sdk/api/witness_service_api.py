# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class WitnessServiceApi(Api):
    """The WitnessService operations of the CloudTower API (docs/apis/WitnessServiceApi.md)."""
    get_witness_services = Op('get_witness_services', 'POST', '/get-witness-services', body=('get_witness_services_request_body', 'GetWitnessServicesRequestBody', True), returns='list[WitnessService]')
    get_witness_services_with_http_info = get_witness_services.with_http_info
