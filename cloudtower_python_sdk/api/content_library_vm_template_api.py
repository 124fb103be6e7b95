# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ContentLibraryVmTemplateApi(Api):
    """The ContentLibraryVmTemplate operations of the CloudTower API (docs/apis/ContentLibraryVmTemplateApi.md)."""
    clone_content_library_vm_template_from_vm = Op('clone_content_library_vm_template_from_vm', 'POST', '/clone-content-library-vm-template-from-vm', body=('content_library_vm_template_creation_params', 'list[ContentLibraryVmTemplateCreationParams]', True), returns='list[WithTaskContentLibraryVmTemplate]')
    clone_content_library_vm_template_from_vm_with_http_info = clone_content_library_vm_template_from_vm.with_http_info
    convert_content_library_vm_template_from_vm = Op('convert_content_library_vm_template_from_vm', 'POST', '/convert-content-library-vm-template-from-vm', body=('content_library_vm_template_creation_params', 'list[ContentLibraryVmTemplateCreationParams]', True), returns='list[WithTaskContentLibraryVmTemplate]')
    convert_content_library_vm_template_from_vm_with_http_info = convert_content_library_vm_template_from_vm.with_http_info
    delete_content_library_vm_template = Op('delete_content_library_vm_template', 'POST', '/delete-content-library-vm-template', body=('content_library_vm_template_deletion_params', 'ContentLibraryVmTemplateDeletionParams', True), returns='list[WithTaskDeleteContentLibraryVmTemplate]')
    delete_content_library_vm_template_with_http_info = delete_content_library_vm_template.with_http_info
    distribute_content_library_vmtemplate_clusters = Op('distribute_content_library_vmtemplate_clusters', 'POST', '/distribute-content-library-vm-template-clusters', body=('content_library_vm_template_updation_cluster_params', 'ContentLibraryVmTemplateUpdationClusterParams', True), returns='list[WithTaskContentLibraryVmTemplate]')
    distribute_content_library_vmtemplate_clusters_with_http_info = distribute_content_library_vmtemplate_clusters.with_http_info
    export_content_library_vm_template = Op('export_content_library_vm_template', 'POST', '/export-content-library-vm-template', body=('content_library_vm_template_export_params', 'ContentLibraryVmTemplateExportParams', True), returns='list[WithTaskVmExportFile]')
    export_content_library_vm_template_with_http_info = export_content_library_vm_template.with_http_info
    get_content_library_vm_templates = Op('get_content_library_vm_templates', 'POST', '/get-content-library-vm-templates', body=('get_content_library_vm_templates_request_body', 'GetContentLibraryVmTemplatesRequestBody', True), returns='list[ContentLibraryVmTemplate]')
    get_content_library_vm_templates_with_http_info = get_content_library_vm_templates.with_http_info
    get_content_library_vm_templates_connection = Op('get_content_library_vm_templates_connection', 'POST', '/get-content-library-vm-templates-connection', body=('get_content_library_vm_templates_connection_request_body', 'GetContentLibraryVmTemplatesConnectionRequestBody', True), returns='ContentLibraryVmTemplateConnection')
    get_content_library_vm_templates_connection_with_http_info = get_content_library_vm_templates_connection.with_http_info
    import_content_library_vm_template = Op('import_content_library_vm_template', 'POST', '/import-content-library-vm-template', body=('content_library_vm_template_import_params', 'list[ContentLibraryVmTemplateImportParams]', True), returns='list[WithTaskContentLibraryVmTemplate]')
    import_content_library_vm_template_with_http_info = import_content_library_vm_template.with_http_info
    remove_content_library_vm_template_clusters = Op('remove_content_library_vm_template_clusters', 'POST', '/remove-content-library-vm-template-clusters', body=('content_library_vm_template_updation_cluster_params', 'ContentLibraryVmTemplateUpdationClusterParams', True), returns='list[WithTaskContentLibraryVmTemplate]')
    remove_content_library_vm_template_clusters_with_http_info = remove_content_library_vm_template_clusters.with_http_info
    update_content_library_vm_template = Op('update_content_library_vm_template', 'POST', '/update-content-library-vm-template', body=('content_library_vm_template_updation_params', 'ContentLibraryVmTemplateUpdationParams', True), returns='list[WithTaskContentLibraryVmTemplate]')
    update_content_library_vm_template_with_http_info = update_content_library_vm_template.with_http_info
