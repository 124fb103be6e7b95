# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedEverouteControllerStatus(Model):
    """The NestedEverouteControllerStatus object of the CloudTower API.

    Fields: see docs/models/NestedEverouteControllerStatus.md.
    """
    __slots__ = ()
    ip_addr = F('ipAddr', 'str', F.NULLABLE)
    is_health = F('isHealth', 'bool', F.REQUIRED)
    message = F('message', 'str', F.NULLABLE)
    metrics = F('metrics', 'NestedEverouteClusterVMMetrics', F.NULLABLE)
    phase = F('phase', 'EverouteClusterPhase', F.NULLABLE)
    reason = F('reason', 'str', F.NULLABLE)
    vm = F('vm', 'NestedVm', F.NULLABLE)
    vm_id = F('vmID', 'str', F.NULLABLE)
