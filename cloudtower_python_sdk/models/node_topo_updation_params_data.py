# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NodeTopoUpdationParamsData(Model):
    """The NodeTopoUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/NodeTopoUpdationParamsData.md.
    """
    __slots__ = ()
    brick_topo_id = F('brick_topo_id', 'str')
    cluster_topo_id = F('cluster_topo_id', 'str')
    position = F('position', 'Position')
