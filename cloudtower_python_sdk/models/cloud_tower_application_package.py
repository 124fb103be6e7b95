# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class CloudTowerApplicationPackage(Model):
    """The CloudTowerApplicationPackage object of the CloudTower API.

    Fields: see docs/models/CloudTowerApplicationPackage.md.
    """
    __slots__ = ()
    applications = F('applications', 'list[NestedCloudTowerApplication]', F.NULLABLE)
    architecture = F('architecture', 'Architecture', F.REQUIRED)
    containers = F('containers', 'object', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    images = F('images', 'object', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    scos_version = F('scosVersion', 'str', F.REQUIRED)
    version = F('version', 'str', F.REQUIRED)
