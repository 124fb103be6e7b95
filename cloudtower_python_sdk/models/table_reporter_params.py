# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class TableReporterParams(Model):
    _declared = """
columns list[ColumnConfig] R
filter TableReporterParamsFilter R
name str RS
"""
