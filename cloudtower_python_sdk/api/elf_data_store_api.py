# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ElfDataStoreApi(Api):
    """The ElfDataStore operations of the CloudTower API (docs/apis/ElfDataStoreApi.md)."""
    get_elf_data_stores = Op('get_elf_data_stores', 'POST', '/get-elf-data-stores', body=('get_elf_data_stores_request_body', 'GetElfDataStoresRequestBody', True), returns='list[ElfDataStore]')
    get_elf_data_stores_with_http_info = get_elf_data_stores.with_http_info
    get_elf_data_stores_connection = Op('get_elf_data_stores_connection', 'POST', '/get-elf-data-stores-connection', body=('get_elf_data_stores_connection_request_body', 'GetElfDataStoresConnectionRequestBody', True), returns='ElfDataStoreConnection')
    get_elf_data_stores_connection_with_http_info = get_elf_data_stores_connection.with_http_info
