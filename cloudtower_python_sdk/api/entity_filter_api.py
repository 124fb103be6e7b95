# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class EntityFilterApi(Api):
    """The EntityFilter operations of the CloudTower API (docs/apis/EntityFilterApi.md)."""
    create_entity_filter = Op('create_entity_filter', 'POST', '/create-entity-filter', body=('entity_filter_creation_params', 'list[EntityFilterCreationParams]', True), returns='list[WithTaskEntityFilter]')
    create_entity_filter_with_http_info = create_entity_filter.with_http_info
    delete_entity_filter = Op('delete_entity_filter', 'POST', '/delete-entity-filter', body=('entity_filter_deletion_params', 'EntityFilterDeletionParams', True), returns='list[WithTaskDeleteEntityFilter]')
    delete_entity_filter_with_http_info = delete_entity_filter.with_http_info
    get_entity_filters = Op('get_entity_filters', 'POST', '/get-entity-filters', body=('get_entity_filters_request_body', 'GetEntityFiltersRequestBody', True), returns='list[EntityFilter]')
    get_entity_filters_with_http_info = get_entity_filters.with_http_info
    get_entity_filters_connection = Op('get_entity_filters_connection', 'POST', '/get-entity-filters-connection', body=('get_entity_filters_connection_request_body', 'GetEntityFiltersConnectionRequestBody', True), returns='EntityFilterConnection')
    get_entity_filters_connection_with_http_info = get_entity_filters_connection.with_http_info
    update_entity_filter = Op('update_entity_filter', 'POST', '/update-entity-filter', body=('entity_filter_updation_params', 'EntityFilterUpdationParams', True), returns='list[WithTaskEntityFilter]')
    update_entity_filter_with_http_info = update_entity_filter.with_http_info
