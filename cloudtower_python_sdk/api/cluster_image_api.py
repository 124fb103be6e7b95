# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ClusterImageApi(Api):
    """The ClusterImage operations of the CloudTower API (docs/apis/ClusterImageApi.md)."""
    get_cluster_images = Op('get_cluster_images', 'POST', '/get-cluster-images', body=('get_cluster_images_request_body', 'GetClusterImagesRequestBody', True), returns='list[ClusterImage]')
    get_cluster_images_with_http_info = get_cluster_images.with_http_info
    get_cluster_images_connection = Op('get_cluster_images_connection', 'POST', '/get-cluster-images-connection', body=('get_cluster_images_connection_request_body', 'GetClusterImagesConnectionRequestBody', True), returns='ClusterImageConnection')
    get_cluster_images_connection_with_http_info = get_cluster_images_connection.with_http_info
