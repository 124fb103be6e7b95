# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GetContentLibraryImagesConnectionRequestBody(Model):
    _declared = """
after str NS
before str NS
first int NS
last int NS
orderBy:order_by ContentLibraryImageOrderByInput NS
skip int NS
where ContentLibraryImageWhereInput N
"""
