# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ReportTemplateApi(Api):
    """The ReportTemplate operations of the CloudTower API (docs/apis/ReportTemplateApi.md)."""
    create_report_template = Op('create_report_template', 'POST', '/create-report-template', body=('report_template_creation_params', 'list[ReportTemplateCreationParams]', True), returns='list[WithTaskReportTemplate]')
    create_report_template_with_http_info = create_report_template.with_http_info
    delete_report_template = Op('delete_report_template', 'POST', '/delete-report-template', body=('report_template_deletion_params', 'ReportTemplateDeletionParams', True), returns='list[WithTaskDeleteReportTemplate]')
    delete_report_template_with_http_info = delete_report_template.with_http_info
    generate_from_report_template = Op('generate_from_report_template', 'POST', '/generate-from-report-template', body=('reporte_template_generation_params', 'ReporteTemplateGenerationParams', True), returns='list[WithTaskReportTask]')
    generate_from_report_template_with_http_info = generate_from_report_template.with_http_info
    get_report_templates = Op('get_report_templates', 'POST', '/get-report-templates', body=('get_report_templates_request_body', 'GetReportTemplatesRequestBody', True), returns='list[ReportTemplate]')
    get_report_templates_with_http_info = get_report_templates.with_http_info
    get_report_templates_connection = Op('get_report_templates_connection', 'POST', '/get-report-templates-connection', body=('get_report_templates_connection_request_body', 'GetReportTemplatesConnectionRequestBody', True), returns='ReportTemplateConnection')
    get_report_templates_connection_with_http_info = get_report_templates_connection.with_http_info
    update_report_template = Op('update_report_template', 'POST', '/update-report-template', body=('report_template_updation_params', 'ReportTemplateUpdationParams', True), returns='list[WithTaskReportTemplate]')
    update_report_template_with_http_info = update_report_template.with_http_info
