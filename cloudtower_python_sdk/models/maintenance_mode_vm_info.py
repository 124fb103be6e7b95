# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class MaintenanceModeVmInfo(Model):
    """The MaintenanceModeVmInfo object of the CloudTower API.

    Fields: see docs/models/MaintenanceModeVmInfo.md.
    """
    __slots__ = ()
    state = F('state', 'str', F.NULLABLE)
    target_host_name = F('target_host_name', 'str', F.NULLABLE)
    verify = F('verify', 'MaintenanceModeVerify', F.NULLABLE)
    vm_ha = F('vm_ha', 'bool', F.NULLABLE)
    vm_name = F('vm_name', 'str', F.NULLABLE)
    vm_state = F('vm_state', 'str', F.NULLABLE)
    vm_uuid = F('vm_uuid', 'str', F.NULLABLE)
