# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ContentLibraryImageImportData(Model):
    _declared = """
cluster ClusterWhereInput R
description str S
name str RS
url str RS
"""
