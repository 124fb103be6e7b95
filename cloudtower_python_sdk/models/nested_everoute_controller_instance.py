# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedEverouteControllerInstance(Model):
    """The NestedEverouteControllerInstance object of the CloudTower API.

    Fields: see docs/models/NestedEverouteControllerInstance.md.
    """
    __slots__ = ()
    ip_addr = F('ipAddr', 'str', F.REQUIRED)
    vlan = F('vlan', 'str', F.REQUIRED)
