# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedEverouteClusterStatus(Model):
    """The NestedEverouteClusterStatus object of the CloudTower API.

    Fields: see docs/models/NestedEverouteClusterStatus.md.
    """
    __slots__ = ()
    agents = F('agents', 'NestedEverouteClusterAgentStatus', F.NULLABLE)
    conditions = F('conditions', 'list[NestedEverouteClusterCondition]', F.NULLABLE)
    controllers = F('controllers', 'NestedEverouteClusterControllerStatus', F.NULLABLE)
    message = F('message', 'str', F.NULLABLE)
    phase = F('phase', 'EverouteClusterPhase', F.NULLABLE)
    reason = F('reason', 'str', F.NULLABLE)
    retry_count = F('retryCount', 'int', F.NULLABLE)
    version = F('version', 'str', F.NULLABLE)
