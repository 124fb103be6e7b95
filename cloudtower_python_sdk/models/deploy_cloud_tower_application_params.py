# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class DeployCloudTowerApplicationParams(Model):
    """The DeployCloudTowerApplicationParams object of the CloudTower API.

    Fields: see docs/models/DeployCloudTowerApplicationParams.md.
    """
    __slots__ = ()
    name = F('name', 'str', F.REQUIRED)
    target_package = F('targetPackage', 'str', F.REQUIRED)
    vm_spec = F('vmSpec', 'ApplicationVmSpecDefinition', F.REQUIRED)
