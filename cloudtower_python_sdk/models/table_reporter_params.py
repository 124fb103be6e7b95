# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class TableReporterParams(Model):
    """The TableReporterParams object of the CloudTower API.

    Fields: see docs/models/TableReporterParams.md.
    """
    __slots__ = ()
    columns = F('columns', 'list[ColumnConfig]', F.REQUIRED)
    filter = F('filter', 'TableReporterParamsFilter', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
