# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class GlobalSettings(Model):
    """The GlobalSettings object of the CloudTower API.

    Fields: see docs/models/GlobalSettings.md.
    """
    __slots__ = ()
    auth = F('auth', 'NestedAuthSettings', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    vm_recycle_bin = F('vm_recycle_bin', 'NestedVmRecycleBin', F.REQUIRED)
