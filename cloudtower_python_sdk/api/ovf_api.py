# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class OvfApi(Api):
    """The Ovf operations of the CloudTower API (docs/apis/OvfApi.md)."""
    get_export_file_download_links = Op('get_export_file_download_links', 'POST', '/get-export-file-download-links', body=('get_export_file_download_links_params', 'GetExportFileDownloadLinksParams', True), returns='list[ExportFileDownloadLinks]')
    get_export_file_download_links_with_http_info = get_export_file_download_links.with_http_info
    parse_ovf = Op('parse_ovf', 'POST', '/parse-ovf', returns='ParsedOVF', params=(('file', 'file', 'file', True, 'form'), ('cluster_id', 'cluster_id', 'str', True, 'form'),), content_type='multipart/form-data')
    parse_ovf_with_http_info = parse_ovf.with_http_info
    upload_elf_file = Op('upload_elf_file', 'POST', '/upload-elf-file', returns='UploadTask', params=(('file', 'file', 'file', True, 'form'), ('cluster_id', 'cluster_id', 'str', False, 'form'), ('name', 'name', 'str', False, 'form'), ('size', 'size', 'str', False, 'form'), ('size_unit', 'size_unit', 'str', False, 'form'), ('upload_task_id', 'upload_task_id', 'str', False, 'form'),), content_type='multipart/form-data')
    upload_elf_file_with_http_info = upload_elf_file.with_http_info
