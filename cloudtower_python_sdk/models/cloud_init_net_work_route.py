# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class CloudInitNetWorkRoute(Model):
    """The CloudInitNetWorkRoute object of the CloudTower API.

    Fields: see docs/models/CloudInitNetWorkRoute.md.
    """
    __slots__ = ()
    gateway = F('gateway', 'str', F.REQUIRED)
    netmask = F('netmask', 'str', F.REQUIRED)
    network = F('network', 'str', F.REQUIRED)
