# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VmEntityFilterResultApi(Api):
    """The VmEntityFilterResult operations of the CloudTower API (docs/apis/VmEntityFilterResultApi.md)."""
    get_vm_entity_filter_results = Op('get_vm_entity_filter_results', 'POST', '/get-vm-entity-filter-results', body=('get_vm_entity_filter_results_request_body', 'GetVmEntityFilterResultsRequestBody', True), returns='list[VmEntityFilterResult]')
    get_vm_entity_filter_results_with_http_info = get_vm_entity_filter_results.with_http_info
    get_vm_entity_filter_results_connection = Op('get_vm_entity_filter_results_connection', 'POST', '/get-vm-entity-filter-results-connection', body=('get_vm_entity_filter_results_connection_request_body', 'GetVmEntityFilterResultsConnectionRequestBody', True), returns='VmEntityFilterResultConnection')
    get_vm_entity_filter_results_connection_with_http_info = get_vm_entity_filter_results_connection.with_http_info
