# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmNic(Model):
    """The VmNic object of the CloudTower API.

    Fields: see docs/models/VmNic.md.
    """
    __slots__ = ()
    egress_rate_limit_burst_in_bit = F('egress_rate_limit_burst_in_bit', 'float', F.NULLABLE)
    egress_rate_limit_enabled = F('egress_rate_limit_enabled', 'bool', F.NULLABLE)
    egress_rate_limit_max_rate_in_bitps = F('egress_rate_limit_max_rate_in_bitps', 'float', F.NULLABLE)
    enabled = F('enabled', 'bool', F.NULLABLE)
    gateway = F('gateway', 'str', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    ingress_rate_limit_burst_in_bit = F('ingress_rate_limit_burst_in_bit', 'float', F.NULLABLE)
    ingress_rate_limit_enabled = F('ingress_rate_limit_enabled', 'bool', F.NULLABLE)
    ingress_rate_limit_max_rate_in_bitps = F('ingress_rate_limit_max_rate_in_bitps', 'float', F.NULLABLE)
    interface_id = F('interface_id', 'str', F.NULLABLE)
    ip_address = F('ip_address', 'str', F.NULLABLE)
    local_id = F('local_id', 'str', F.REQUIRED)
    mac_address = F('mac_address', 'str', F.NULLABLE)
    mirror = F('mirror', 'bool', F.NULLABLE)
    model = F('model', 'VmNicModel', F.NULLABLE)
    nic = F('nic', 'NestedNic', F.NULLABLE)
    order = F('order', 'int', F.NULLABLE)
    subnet_mask = F('subnet_mask', 'str', F.NULLABLE)
    type = F('type', 'VmNicType', F.NULLABLE)
    vlan = F('vlan', 'NestedVlan', F.NULLABLE)
    vm = F('vm', 'NestedVm', F.REQUIRED)
    vpc_nic = F('vpc_nic', 'NestedVirtualPrivateCloudNic', F.NULLABLE)
