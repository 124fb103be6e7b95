# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GetConsistencyGroupsConnectionRequestBody(Model):
    _declared = """
after str NS
before str NS
first int NS
last int NS
orderBy:order_by ConsistencyGroupOrderByInput NS
skip int NS
where ConsistencyGroupWhereInput N
"""
