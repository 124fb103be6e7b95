# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedEverouteAgentStatus(Model):
    """The NestedEverouteAgentStatus object of the CloudTower API.

    Fields: see docs/models/NestedEverouteAgentStatus.md.
    """
    __slots__ = ()
    host = F('host', 'NestedHost', F.NULLABLE)
    host_id = F('hostID', 'str', F.NULLABLE)
    ip_addr = F('ipAddr', 'str', F.NULLABLE)
    is_health = F('isHealth', 'bool', F.REQUIRED)
    message = F('message', 'str', F.NULLABLE)
    phase = F('phase', 'EverouteClusterPhase', F.NULLABLE)
    reason = F('reason', 'str', F.NULLABLE)
