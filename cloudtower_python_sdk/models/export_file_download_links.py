# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ExportFileDownloadLinks(Model):
    _declared = """
filename str RS
link str RS
"""
