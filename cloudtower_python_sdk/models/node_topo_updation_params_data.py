# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NodeTopoUpdationParamsData(Model):
    __slots__ = ()
    _declared = """
brick_topo_id str
cluster_topo_id str
position Position
"""
