# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class RackTopoUpdationParamsData(Model):
    __slots__ = ()
    _declared = """
brick_topoes BrickTopoWhereInput
cluster_id str
height int
name str
zone_topo_id str
"""
