# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class TableReporterApi(Api):
    """The TableReporter operations of the CloudTower API (docs/apis/TableReporterApi.md)."""
    export_csv = Op('export_csv', 'POST', '/export-csv', body=('table_reporter_params', 'TableReporterParams', True), returns='str')
    export_csv_with_http_info = export_csv.with_http_info
