# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class OvfCpu(Model):
    """The OvfCpu object of the CloudTower API.

    Fields: see docs/models/OvfCpu.md.
    """
    __slots__ = ()
    cores = F('cores', 'int', F.REQUIRED)
    sockets = F('sockets', 'int', F.REQUIRED)
