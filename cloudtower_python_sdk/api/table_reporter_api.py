# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op


class TableReporterApi(Api):
    """The TableReporter operations of the CloudTower API (see docs/apis/TableReporterApi.md).

    Each method takes its body as a dict or a model, and returns models;
    ``<method>_with_http_info`` also returns the status and headers.
    """
    export_csv = Op('export_csv', 'POST', '/export-csv', body=('table_reporter_params', 'TableReporterParams', True), returns='str')
    export_csv_with_http_info = export_csv.with_http_info
