# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedBrickDiskLayout(Model):
    """The NestedBrickDiskLayout object of the CloudTower API.

    Fields: see docs/models/NestedBrickDiskLayout.md.
    """
    __slots__ = ()
    column = F('column', 'int', F.REQUIRED)
    direction = F('direction', 'Direction', F.REQUIRED)
    phase = F('phase', 'BrickPhaseEnum', F.REQUIRED)
    row = F('row', 'int', F.REQUIRED)
