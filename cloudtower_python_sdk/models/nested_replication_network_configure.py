# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedReplicationNetworkConfigure(Model):
    """The NestedReplicationNetworkConfigure object of the CloudTower API.

    Fields: see docs/models/NestedReplicationNetworkConfigure.md.
    """
    __slots__ = ()
    gateway = F('gateway', 'str', F.NULLABLE)
    ip = F('ip', 'str', F.REQUIRED)
    subnet_mask = F('subnet_mask', 'str', F.NULLABLE)
