# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedFrozenNic(Model):
    """The NestedFrozenNic object of the CloudTower API.

    Fields: see docs/models/NestedFrozenNic.md.
    """
    __slots__ = ()
    enabled = F('enabled', 'bool', F.NULLABLE)
    gateway = F('gateway', 'str', F.REQUIRED)
    index = F('index', 'int', F.REQUIRED)
    ip_address = F('ip_address', 'str', F.REQUIRED)
    mac_address = F('mac_address', 'str', F.REQUIRED)
    mirror = F('mirror', 'bool', F.NULLABLE)
    model = F('model', 'VmNicModel', F.NULLABLE)
    subnet_mask = F('subnet_mask', 'str', F.REQUIRED)
    vlan = F('vlan', 'NestedFrozenVlan', F.REQUIRED)
