# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedTemplateNic(Model):
    """The NestedTemplateNic object of the CloudTower API.

    Fields: see docs/models/NestedTemplateNic.md.
    """
    __slots__ = ()
    enabled = F('enabled', 'bool', F.NULLABLE)
    index = F('index', 'int', F.REQUIRED)
    ip_address = F('ip_address', 'str', F.NULLABLE)
    mac_address = F('mac_address', 'str', F.NULLABLE)
    mirror = F('mirror', 'bool', F.NULLABLE)
    model = F('model', 'VmNicModel', F.NULLABLE)
    type = F('type', 'VmNicType', F.NULLABLE)
    vlan = F('vlan', 'NestedFrozenVlan', F.REQUIRED)
    vpc_nic = F('vpc_nic', 'NestedTemplateVpcNic', F.NULLABLE)
