# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BrickTopoMoveParamsData(Model):
    _declared = """
position int RS
rack_topo_id str S
"""
