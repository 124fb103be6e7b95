# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class RackTopoUpdationParamsData(Model):
    _declared = """
brick_topoes BrickTopoWhereInput
cluster_id str S
height int S
name str S
zone_topo_id str S
"""
