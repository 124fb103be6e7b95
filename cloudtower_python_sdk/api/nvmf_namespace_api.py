# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class NvmfNamespaceApi(Api):
    """The NvmfNamespace operations of the CloudTower API (docs/apis/NvmfNamespaceApi.md)."""
    clone_nvmf_namespace_from_snapshot = Op('clone_nvmf_namespace_from_snapshot', 'POST', '/clone-nvmf-namespace-from-snapshot', body=('nvmf_namespace_clone_params', 'list[NvmfNamespaceCloneParams]', True), returns='list[WithTaskNvmfNamespace]')
    clone_nvmf_namespace_from_snapshot_with_http_info = clone_nvmf_namespace_from_snapshot.with_http_info
    create_nvmf_namespace = Op('create_nvmf_namespace', 'POST', '/create-nvmf-namespace', body=('nvmf_namespace_creation_params', 'list[NvmfNamespaceCreationParams]', True), returns='list[WithTaskNvmfNamespace]')
    create_nvmf_namespace_with_http_info = create_nvmf_namespace.with_http_info
    delete_nvmf_namespace = Op('delete_nvmf_namespace', 'POST', '/delete-nvmf-namespace', body=('nvmf_namespace_deletion_params', 'NvmfNamespaceDeletionParams', True), returns='list[WithTaskDeleteNvmfNamespace]')
    delete_nvmf_namespace_with_http_info = delete_nvmf_namespace.with_http_info
    get_nvmf_namespaces = Op('get_nvmf_namespaces', 'POST', '/get-nvmf-namespaces', body=('get_nvmf_namespaces_request_body', 'GetNvmfNamespacesRequestBody', True), returns='list[NvmfNamespace]')
    get_nvmf_namespaces_with_http_info = get_nvmf_namespaces.with_http_info
    get_nvmf_namespaces_connection = Op('get_nvmf_namespaces_connection', 'POST', '/get-nvmf-namespaces-connection', body=('get_nvmf_namespaces_connection_request_body', 'GetNvmfNamespacesConnectionRequestBody', True), returns='NvmfNamespaceConnection')
    get_nvmf_namespaces_connection_with_http_info = get_nvmf_namespaces_connection.with_http_info
    rollback_nvmf_namespace_from_snapshot = Op('rollback_nvmf_namespace_from_snapshot', 'POST', '/rollback-nvmf-namespace-from-snapshot', body=('nvmf_namespace_rollback_params', 'list[NvmfNamespaceRollbackParams]', True), returns='list[WithTaskNvmfNamespace]')
    rollback_nvmf_namespace_from_snapshot_with_http_info = rollback_nvmf_namespace_from_snapshot.with_http_info
    update_nvmf_namespace = Op('update_nvmf_namespace', 'POST', '/update-nvmf-namespace', body=('nvmf_namespace_updation_params', 'NvmfNamespaceUpdationParams', True), returns='list[WithTaskNvmfNamespace]')
    update_nvmf_namespace_with_http_info = update_nvmf_namespace.with_http_info
