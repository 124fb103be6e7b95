# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ApplicationVmSpecPlacement(Model):
    """The ApplicationVmSpecPlacement object of the CloudTower API.

    Fields: see docs/models/ApplicationVmSpecPlacement.md.
    """
    __slots__ = ()
    situation = F('situation', 'ApplicationVmSpecPlacementSituation', F.REQUIRED)
    verb = F('verb', 'ApplicationVmSpecPlacementVerb', F.REQUIRED)
