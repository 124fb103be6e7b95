# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class PmemDimmApi(Api):
    """The PmemDimm operations of the CloudTower API (docs/apis/PmemDimmApi.md)."""
    get_pmem_dimms = Op('get_pmem_dimms', 'POST', '/get-pmem-dimms', body=('get_pmem_dimms_request_body', 'GetPmemDimmsRequestBody', True), returns='list[PmemDimm]')
    get_pmem_dimms_with_http_info = get_pmem_dimms.with_http_info
    get_pmem_dimms_connection = Op('get_pmem_dimms_connection', 'POST', '/get-pmem-dimms-connection', body=('get_pmem_dimms_connection_request_body', 'GetPmemDimmsConnectionRequestBody', True), returns='PmemDimmConnection')
    get_pmem_dimms_connection_with_http_info = get_pmem_dimms_connection.with_http_info
