# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class SvtImageApi(Api):
    """The SvtImage operations of the CloudTower API (docs/apis/SvtImageApi.md)."""
    get_svt_images = Op('get_svt_images', 'POST', '/get-svt-images', body=('get_svt_images_request_body', 'GetSvtImagesRequestBody', True), returns='list[SvtImage]')
    get_svt_images_with_http_info = get_svt_images.with_http_info
    get_svt_images_connection = Op('get_svt_images_connection', 'POST', '/get-svt-images-connection', body=('get_svt_images_connection_request_body', 'GetSvtImagesConnectionRequestBody', True), returns='SvtImageConnection')
    get_svt_images_connection_with_http_info = get_svt_images_connection.with_http_info
    upload_svt_image = Op('upload_svt_image', 'POST', '/upload-svt-image', returns='list[UploadTask]', params=(('file', 'file', 'file', True, 'form'), ('cluster_id', 'cluster_id', 'str', False, 'form'), ('name', 'name', 'str', False, 'form'), ('size', 'size', 'str', False, 'form'), ('size_unit', 'size_unit', 'str', False, 'form'), ('version', 'version', 'str', False, 'form'), ('upload_task_id', 'upload_task_id', 'str', False, 'form'),), content_type='multipart/form-data')
    upload_svt_image_with_http_info = upload_svt_image.with_http_info
