# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VmTemplateApi(Api):
    """The VmTemplate operations of the CloudTower API (docs/apis/VmTemplateApi.md)."""
    clone_vm_template_from_vm = Op('clone_vm_template_from_vm', 'POST', '/clone-vm-template-from-vm', body=('vm_template_creation_params', 'list[VmTemplateCreationParams]', True), returns='list[WithTaskVmTemplate]')
    clone_vm_template_from_vm_with_http_info = clone_vm_template_from_vm.with_http_info
    convert_vm_template_from_vm = Op('convert_vm_template_from_vm', 'POST', '/convert-vm-template-from-vm', body=('vm_template_creation_params', 'list[VmTemplateCreationParams]', True), returns='list[WithTaskVmTemplate]')
    convert_vm_template_from_vm_with_http_info = convert_vm_template_from_vm.with_http_info
    delete_vm_template = Op('delete_vm_template', 'POST', '/delete-vm-template', body=('vm_template_deletion_params', 'VmTemplateDeletionParams', True), returns='list[WithTaskDeleteVmTemplate]')
    delete_vm_template_with_http_info = delete_vm_template.with_http_info
    get_vm_templates = Op('get_vm_templates', 'POST', '/get-vm-templates', body=('get_vm_templates_request_body', 'GetVmTemplatesRequestBody', True), returns='list[VmTemplate]')
    get_vm_templates_with_http_info = get_vm_templates.with_http_info
    get_vm_templates_connection = Op('get_vm_templates_connection', 'POST', '/get-vm-templates-connection', body=('get_vm_templates_connection_request_body', 'GetVmTemplatesConnectionRequestBody', True), returns='VmTemplateConnection')
    get_vm_templates_connection_with_http_info = get_vm_templates_connection.with_http_info
    update_vm_template = Op('update_vm_template', 'POST', '/update-vm-template', body=('vm_template_updation_params', 'VmTemplateUpdationParams', True), returns='list[WithTaskVmTemplate]')
    update_vm_template_with_http_info = update_vm_template.with_http_info
