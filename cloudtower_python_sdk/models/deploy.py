# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class Deploy(Model):
    """The Deploy object of the CloudTower API.

    Fields: see docs/models/Deploy.md.
    """
    __slots__ = ()
    id = F('id', 'str', F.REQUIRED)
    license = F('license', 'NestedLicense', F.NULLABLE)
    version = F('version', 'str', F.REQUIRED)
