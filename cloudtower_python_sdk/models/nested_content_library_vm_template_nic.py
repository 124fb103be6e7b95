# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedContentLibraryVmTemplateNic(Model):
    """The NestedContentLibraryVmTemplateNic object of the CloudTower API.

    Fields: see docs/models/NestedContentLibraryVmTemplateNic.md.
    """
    __slots__ = ()
    egress_rate_limit_burst_in_bit = F('egress_rate_limit_burst_in_bit', 'float', F.NULLABLE)
    egress_rate_limit_enabled = F('egress_rate_limit_enabled', 'bool', F.NULLABLE)
    egress_rate_limit_max_rate_in_bitps = F('egress_rate_limit_max_rate_in_bitps', 'float', F.NULLABLE)
    enabled = F('enabled', 'bool', F.NULLABLE)
    index = F('index', 'int', F.REQUIRED)
    ingress_rate_limit_burst_in_bit = F('ingress_rate_limit_burst_in_bit', 'float', F.NULLABLE)
    ingress_rate_limit_enabled = F('ingress_rate_limit_enabled', 'bool', F.NULLABLE)
    ingress_rate_limit_max_rate_in_bitps = F('ingress_rate_limit_max_rate_in_bitps', 'float', F.NULLABLE)
    mirror = F('mirror', 'bool', F.NULLABLE)
    model = F('model', 'VmNicModel', F.NULLABLE)
    type = F('type', 'VmNicType', F.NULLABLE)
    vlan = F('vlan', 'NestedFrozenVlan', F.NULLABLE)
    vpc_nic = F('vpc_nic', 'NestedTemplateVpcNic', F.NULLABLE)
