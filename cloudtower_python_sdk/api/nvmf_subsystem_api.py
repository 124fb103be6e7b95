# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class NvmfSubsystemApi(Api):
    """The NvmfSubsystem operations of the CloudTower API (docs/apis/NvmfSubsystemApi.md)."""
    create_nvmf_subsystem = Op('create_nvmf_subsystem', 'POST', '/create-nvmf-subsystem', body=('nvmf_subsystem_creation_params', 'list[NvmfSubsystemCreationParams]', True), returns='list[WithTaskNvmfSubsystem]')
    create_nvmf_subsystem_with_http_info = create_nvmf_subsystem.with_http_info
    delete_nvmf_subsystem = Op('delete_nvmf_subsystem', 'POST', '/delete-nvmf-subsystem', body=('nvmf_subsystem_deletion_params', 'NvmfSubsystemDeletionParams', True), returns='list[WithTaskDeleteNvmfSubsystem]')
    delete_nvmf_subsystem_with_http_info = delete_nvmf_subsystem.with_http_info
    get_nvmf_subsystems = Op('get_nvmf_subsystems', 'POST', '/get-nvmf-subsystems', body=('get_nvmf_subsystems_request_body', 'GetNvmfSubsystemsRequestBody', True), returns='list[NvmfSubsystem]')
    get_nvmf_subsystems_with_http_info = get_nvmf_subsystems.with_http_info
    get_nvmf_subsystems_connection = Op('get_nvmf_subsystems_connection', 'POST', '/get-nvmf-subsystems-connection', body=('get_nvmf_subsystems_connection_request_body', 'GetNvmfSubsystemsConnectionRequestBody', True), returns='NvmfSubsystemConnection')
    get_nvmf_subsystems_connection_with_http_info = get_nvmf_subsystems_connection.with_http_info
    update_nvmf_subsystem = Op('update_nvmf_subsystem', 'POST', '/update-nvmf-subsystem', body=('nvmf_subsystem_updation_params', 'NvmfSubsystemUpdationParams', True), returns='list[WithTaskNvmfSubsystem]')
    update_nvmf_subsystem_with_http_info = update_nvmf_subsystem.with_http_info
