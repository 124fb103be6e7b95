# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedEverouteManageVDSStatus(Model):
    """The NestedEverouteManageVDSStatus object of the CloudTower API.

    Fields: see docs/models/NestedEverouteManageVDSStatus.md.
    """
    __slots__ = ()
    message = F('message', 'str', F.NULLABLE)
    phase = F('phase', 'EverouteClusterPhase', F.NULLABLE)
    reason = F('reason', 'str', F.NULLABLE)
    retry_count = F('retryCount', 'int', F.NULLABLE)
    vds = F('vds', 'NestedVds', F.NULLABLE)
    vds_id = F('vdsID', 'str', F.REQUIRED)
