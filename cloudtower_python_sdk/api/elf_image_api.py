# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ElfImageApi(Api):
    """The ElfImage operations of the CloudTower API (docs/apis/ElfImageApi.md)."""
    create_elf_image = Op('create_elf_image', 'POST', '/upload-elf-image', returns='list[UploadTask]', params=(('file', 'file', 'file', True, 'form'), ('cluster_id', 'cluster_id', 'str', False, 'form'), ('name', 'name', 'str', False, 'form'), ('size', 'size', 'str', False, 'form'), ('size_unit', 'size_unit', 'str', False, 'form'), ('description', 'description', 'str', False, 'form'), ('upload_task_id', 'upload_task_id', 'str', False, 'form'),), content_type='multipart/form-data')
    create_elf_image_with_http_info = create_elf_image.with_http_info
    delete_elf_image = Op('delete_elf_image', 'POST', '/delete-elf-image', body=('elf_image_deletion_params', 'ElfImageDeletionParams', True), returns='list[WithTaskDeleteElfImage]')
    delete_elf_image_with_http_info = delete_elf_image.with_http_info
    get_elf_images = Op('get_elf_images', 'POST', '/get-elf-images', body=('get_elf_images_request_body', 'GetElfImagesRequestBody', True), returns='list[ElfImage]')
    get_elf_images_with_http_info = get_elf_images.with_http_info
    get_elf_images_connection = Op('get_elf_images_connection', 'POST', '/get-elf-images-connection', body=('get_elf_images_connection_request_body', 'GetElfImagesConnectionRequestBody', True), returns='ElfImageConnection')
    get_elf_images_connection_with_http_info = get_elf_images_connection.with_http_info
    update_elf_image = Op('update_elf_image', 'POST', '/update-elf-image', body=('elf_image_updation_params', 'ElfImageUpdationParams', True), returns='list[WithTaskElfImage]')
    update_elf_image_with_http_info = update_elf_image.with_http_info
