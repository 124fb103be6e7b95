# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class GetDiscoverHostsRequestBody(Model):
    """The GetDiscoverHostsRequestBody object of the CloudTower API.

    Fields: see docs/models/GetDiscoverHostsRequestBody.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'ClusterWhereUniqueInput', F.REQUIRED)
    host_address = F('host_address', 'list[str]', F.NULLABLE)
