# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class DatacenterApi(Api):
    """The Datacenter operations of the CloudTower API (docs/apis/DatacenterApi.md)."""
    add_clusters_to_datacenter = Op('add_clusters_to_datacenter', 'POST', '/add-clusters-to-datacenter', body=('add_clusters_to_datacenter_params', 'list[AddClustersToDatacenterParams]', True), returns='list[WithTaskDatacenter]')
    add_clusters_to_datacenter_with_http_info = add_clusters_to_datacenter.with_http_info
    create_datacenter = Op('create_datacenter', 'POST', '/create-datacenter', body=('datacenter_creation_params', 'list[DatacenterCreationParams]', True), returns='list[WithTaskDatacenter]')
    create_datacenter_with_http_info = create_datacenter.with_http_info
    delete_datacenter = Op('delete_datacenter', 'POST', '/delete-datacenter', body=('datacenter_deletion_params', 'DatacenterDeletionParams', True), returns='list[WithTaskDeleteDatacenter]')
    delete_datacenter_with_http_info = delete_datacenter.with_http_info
    get_datacenters = Op('get_datacenters', 'POST', '/get-datacenters', body=('get_datacenters_request_body', 'GetDatacentersRequestBody', True), returns='list[Datacenter]')
    get_datacenters_with_http_info = get_datacenters.with_http_info
    get_datacenters_connection = Op('get_datacenters_connection', 'POST', '/get-datacenters-connection', body=('get_datacenters_connection_request_body', 'GetDatacentersConnectionRequestBody', True), returns='DatacenterConnection')
    get_datacenters_connection_with_http_info = get_datacenters_connection.with_http_info
    remove_clusters_from_datacenter = Op('remove_clusters_from_datacenter', 'POST', '/remove-clusters-from-datacenter', body=('remove_clusters_from_datacenter_params', 'list[RemoveClustersFromDatacenterParams]', True), returns='list[WithTaskDatacenter]')
    remove_clusters_from_datacenter_with_http_info = remove_clusters_from_datacenter.with_http_info
    update_datacenter = Op('update_datacenter', 'POST', '/update-datacenter', body=('datacenter_updation_params', 'DatacenterUpdationParams', True), returns='list[WithTaskDatacenter]')
    update_datacenter_with_http_info = update_datacenter.with_http_info
