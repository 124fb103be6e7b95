# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedCpu(Model):
    """The NestedCpu object of the CloudTower API.

    Fields: see docs/models/NestedCpu.md.
    """
    __slots__ = ()
    cores = F('cores', 'int', F.REQUIRED)
    sockets = F('sockets', 'int', F.REQUIRED)
