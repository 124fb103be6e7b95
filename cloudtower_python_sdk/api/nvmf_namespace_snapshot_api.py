# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class NvmfNamespaceSnapshotApi(Api):
    """The NvmfNamespaceSnapshot operations of the CloudTower API (docs/apis/NvmfNamespaceSnapshotApi.md)."""
    create_nvmf_namespace_snapshot = Op('create_nvmf_namespace_snapshot', 'POST', '/create-nvmf-namespace-snapshot', body=('nvmf_namespace_snapshot_creation_params', 'list[NvmfNamespaceSnapshotCreationParams]', True), returns='list[WithTaskNvmfNamespaceSnapshot]')
    create_nvmf_namespace_snapshot_with_http_info = create_nvmf_namespace_snapshot.with_http_info
    delete_nvmf_namespace_snapshot = Op('delete_nvmf_namespace_snapshot', 'POST', '/delete-nvmf-namespace-snapshot', body=('nvmf_namespace_snapshot_deletion_params', 'NvmfNamespaceSnapshotDeletionParams', True), returns='list[WithTaskDeleteNvmfNamespaceSnapshot]')
    delete_nvmf_namespace_snapshot_with_http_info = delete_nvmf_namespace_snapshot.with_http_info
    get_nvmf_namespace_snapshots = Op('get_nvmf_namespace_snapshots', 'POST', '/get-nvmf-namespace-snapshots', body=('get_nvmf_namespace_snapshots_request_body', 'GetNvmfNamespaceSnapshotsRequestBody', True), returns='list[NvmfNamespaceSnapshot]')
    get_nvmf_namespace_snapshots_with_http_info = get_nvmf_namespace_snapshots.with_http_info
    get_nvmf_namespace_snapshots_connection = Op('get_nvmf_namespace_snapshots_connection', 'POST', '/get-nvmf-namespace-snapshots-connection', body=('get_nvmf_namespace_snapshots_connection_request_body', 'GetNvmfNamespaceSnapshotsConnectionRequestBody', True), returns='NvmfNamespaceSnapshotConnection')
    get_nvmf_namespace_snapshots_connection_with_http_info = get_nvmf_namespace_snapshots_connection.with_http_info
