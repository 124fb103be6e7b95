# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UpdateCloudTowerApplicationVmSpecParams(Model):
    """The UpdateCloudTowerApplicationVmSpecParams object of the CloudTower API.

    Fields: see docs/models/UpdateCloudTowerApplicationVmSpecParams.md.
    """
    __slots__ = ()
    data = F('data', 'UpdateCloudTowerApplicationVmSpecParamsData', F.REQUIRED)
    where = F('where', 'CloudTowerApplicationWhereUniqueInput', F.REQUIRED)
