# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UpdateCloudTowerApplicationVmSpecParamsData(Model):
    """The UpdateCloudTowerApplicationVmSpecParamsData object of the CloudTower API.

    Fields: see docs/models/UpdateCloudTowerApplicationVmSpecParamsData.md.
    """
    __slots__ = ()
    vm_spec = F('vmSpec', 'ApplicationVmSpecDefinition', F.REQUIRED)
