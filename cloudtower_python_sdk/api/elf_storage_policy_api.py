# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ElfStoragePolicyApi(Api):
    """The ElfStoragePolicy operations of the CloudTower API (docs/apis/ElfStoragePolicyApi.md)."""
    get_elf_storage_policies = Op('get_elf_storage_policies', 'POST', '/get-elf-storage-policies', body=('get_elf_storage_policies_request_body', 'GetElfStoragePoliciesRequestBody', True), returns='list[ElfStoragePolicy]')
    get_elf_storage_policies_with_http_info = get_elf_storage_policies.with_http_info
    get_elf_storage_policies_connection = Op('get_elf_storage_policies_connection', 'POST', '/get-elf-storage-policies-connection', body=('get_elf_storage_policies_connection_request_body', 'GetElfStoragePoliciesConnectionRequestBody', True), returns='ElfStoragePolicyConnection')
    get_elf_storage_policies_connection_with_http_info = get_elf_storage_policies_connection.with_http_info
