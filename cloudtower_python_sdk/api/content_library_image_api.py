# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ContentLibraryImageApi(Api):
    """The ContentLibraryImage operations of the CloudTower API (docs/apis/ContentLibraryImageApi.md)."""
    create_content_library_image = Op('create_content_library_image', 'POST', '/upload-content-library-image', returns='list[UploadTask]', params=(('file', 'file', 'file', True, 'form'), ('clusters', 'clusters', 'str', True, 'form'), ('name', 'name', 'str', False, 'form'), ('size', 'size', 'str', False, 'form'), ('size_unit', 'size_unit', 'str', False, 'form'), ('description', 'description', 'str', False, 'form'), ('upload_task_id', 'upload_task_id', 'str', False, 'form'),), content_type='multipart/form-data')
    create_content_library_image_with_http_info = create_content_library_image.with_http_info
    delete_content_library_image = Op('delete_content_library_image', 'POST', '/delete-content-library-image', body=('content_library_image_deletion_params', 'ContentLibraryImageDeletionParams', True), returns='list[WithTaskDeleteContentLibraryImage]')
    delete_content_library_image_with_http_info = delete_content_library_image.with_http_info
    distribute_content_library_image_clusters = Op('distribute_content_library_image_clusters', 'POST', '/distribute-content-library-image-clusters', body=('content_library_image_updation_cluster_params', 'ContentLibraryImageUpdationClusterParams', True), returns='list[WithTaskContentLibraryImage]')
    distribute_content_library_image_clusters_with_http_info = distribute_content_library_image_clusters.with_http_info
    get_content_library_images = Op('get_content_library_images', 'POST', '/get-content-library-images', body=('get_content_library_images_request_body', 'GetContentLibraryImagesRequestBody', True), returns='list[ContentLibraryImage]')
    get_content_library_images_with_http_info = get_content_library_images.with_http_info
    get_content_library_images_connection = Op('get_content_library_images_connection', 'POST', '/get-content-library-images-connection', body=('get_content_library_images_connection_request_body', 'GetContentLibraryImagesConnectionRequestBody', True), returns='ContentLibraryImageConnection')
    get_content_library_images_connection_with_http_info = get_content_library_images_connection.with_http_info
    import_content_library_image = Op('import_content_library_image', 'POST', '/import-content-library-image', body=('content_library_image_import_params', 'ContentLibraryImageImportParams', True), returns='UploadTask')
    import_content_library_image_with_http_info = import_content_library_image.with_http_info
    remove_content_library_image_clusters = Op('remove_content_library_image_clusters', 'POST', '/remove-content-library-image-clusters', body=('content_library_image_updation_cluster_params', 'ContentLibraryImageUpdationClusterParams', True), returns='list[WithTaskContentLibraryImage]')
    remove_content_library_image_clusters_with_http_info = remove_content_library_image_clusters.with_http_info
    update_content_library_image = Op('update_content_library_image', 'POST', '/update-content-library-image', body=('content_library_image_updation_params', 'ContentLibraryImageUpdationParams', True), returns='list[WithTaskContentLibraryImage]')
    update_content_library_image_with_http_info = update_content_library_image.with_http_info
