# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class LabelApi(Api):
    """The Label operations of the CloudTower API (docs/apis/LabelApi.md)."""
    add_labels_to_resources = Op('add_labels_to_resources', 'POST', '/add-labels-to-resources', body=('add_labels_to_resources_params', 'AddLabelsToResourcesParams', True), returns='list[WithTaskLabel]')
    add_labels_to_resources_with_http_info = add_labels_to_resources.with_http_info
    create_label = Op('create_label', 'POST', '/create-label', body=('label_creation_params', 'list[LabelCreationParams]', True), returns='list[WithTaskLabel]')
    create_label_with_http_info = create_label.with_http_info
    delete_label = Op('delete_label', 'POST', '/delete-label', body=('label_deletion_params', 'LabelDeletionParams', True), returns='list[WithTaskDeleteLabel]')
    delete_label_with_http_info = delete_label.with_http_info
    get_labels = Op('get_labels', 'POST', '/get-labels', body=('get_labels_request_body', 'GetLabelsRequestBody', True), returns='list[Label]')
    get_labels_with_http_info = get_labels.with_http_info
    get_labels_connection = Op('get_labels_connection', 'POST', '/get-labels-connection', body=('get_labels_connection_request_body', 'GetLabelsConnectionRequestBody', True), returns='LabelConnection')
    get_labels_connection_with_http_info = get_labels_connection.with_http_info
    remove_labels_from_resources = Op('remove_labels_from_resources', 'POST', '/remove-labels-from-resources', body=('remove_labels_from_resources_params', 'AddLabelsToResourcesParams', True), returns='list[WithTaskLabel]')
    remove_labels_from_resources_with_http_info = remove_labels_from_resources.with_http_info
    update_label = Op('update_label', 'POST', '/update-label', body=('label_updation_params', 'LabelUpdationParams', True), returns='list[WithTaskLabel]')
    update_label_with_http_info = update_label.with_http_info
