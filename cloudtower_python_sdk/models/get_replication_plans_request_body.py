# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GetReplicationPlansRequestBody(Model):
    __slots__ = ()
    _declared = """
after str N
before str N
first int N
last int N
orderBy:order_by ReplicationPlanOrderByInput N
skip int N
where ReplicationPlanWhereInput N
"""
