# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class DiskMountParams(Model):
    """The DiskMountParams object of the CloudTower API.

    Fields: see docs/models/DiskMountParams.md.
    """
    __slots__ = ()
    data = F('data', 'DiskMountParamsData', F.REQUIRED)
    where = F('where', 'DiskWhereInput', F.REQUIRED)
