# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class LogCollectionApi(Api):
    """The LogCollection operations of the CloudTower API (docs/apis/LogCollectionApi.md)."""
    create_log_collection = Op('create_log_collection', 'POST', '/create-log-collection', body=('log_collection_creation_params', 'list[LogCollectionCreationParams]', True), returns='list[WithTaskLogCollection]')
    create_log_collection_with_http_info = create_log_collection.with_http_info
    delete_log_collection = Op('delete_log_collection', 'POST', '/delete-log-collection', body=('log_collection_deletion_params', 'LogCollectionDeletionParams', True), returns='list[WithTaskDeleteLogCollection]')
    delete_log_collection_with_http_info = delete_log_collection.with_http_info
    force_stop_log_collection = Op('force_stop_log_collection', 'POST', '/force-stop-log-collection', body=('force_stop_log_collection_params', 'ForceStopLogCollectionParams', True), returns='list[WithTaskLogCollection]')
    force_stop_log_collection_with_http_info = force_stop_log_collection.with_http_info
    get_log_collections = Op('get_log_collections', 'POST', '/get-log-collections', body=('get_log_collections_request_body', 'GetLogCollectionsRequestBody', True), returns='list[LogCollection]')
    get_log_collections_with_http_info = get_log_collections.with_http_info
    get_log_collections_connection = Op('get_log_collections_connection', 'POST', '/get-log-collections-connection', body=('get_log_collections_connection_request_body', 'GetLogCollectionsConnectionRequestBody', True), returns='LogCollectionConnection')
    get_log_collections_connection_with_http_info = get_log_collections_connection.with_http_info
