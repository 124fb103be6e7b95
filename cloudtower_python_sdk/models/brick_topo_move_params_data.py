# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BrickTopoMoveParamsData(Model):
    """The BrickTopoMoveParamsData object of the CloudTower API.

    Fields: see docs/models/BrickTopoMoveParamsData.md.
    """
    __slots__ = ()
    position = F('position', 'int', F.REQUIRED)
    rack_topo_id = F('rack_topo_id', 'str')
