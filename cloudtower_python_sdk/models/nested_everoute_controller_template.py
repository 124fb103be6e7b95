# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedEverouteControllerTemplate(Model):
    """The NestedEverouteControllerTemplate object of the CloudTower API.

    Fields: see docs/models/NestedEverouteControllerTemplate.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'str', F.REQUIRED)
    gateway = F('gateway', 'str', F.REQUIRED)
    memory = F('memory', 'int', F.REQUIRED)
    netmask = F('netmask', 'str', F.REQUIRED)
    size = F('size', 'int', F.REQUIRED)
    vcpu = F('vcpu', 'int', F.REQUIRED)
