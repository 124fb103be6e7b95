# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class Vlan(Model):
    """The Vlan object of the CloudTower API.

    Fields: see docs/models/Vlan.md.
    """
    __slots__ = ()
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    gateway_ip = F('gateway_ip', 'str', F.NULLABLE)
    gateway_subnetmask = F('gateway_subnetmask', 'str', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    local_id = F('local_id', 'str', F.REQUIRED)
    mode_type = F('mode_type', 'VlanModeType', F.NULLABLE)
    name = F('name', 'str', F.REQUIRED)
    network_ids = F('network_ids', 'list[str]', F.REQUIRED)
    qos_burst = F('qos_burst', 'float', F.NULLABLE)
    qos_max_bandwidth = F('qos_max_bandwidth', 'float', F.NULLABLE)
    qos_min_bandwidth = F('qos_min_bandwidth', 'float', F.NULLABLE)
    qos_priority = F('qos_priority', 'int', F.NULLABLE)
    subnetmask = F('subnetmask', 'str', F.NULLABLE)
    type = F('type', 'NetworkType', F.REQUIRED)
    vds = F('vds', 'NestedVds', F.REQUIRED)
    vlan_id = F('vlan_id', 'int', F.REQUIRED)
    vm_nics = F('vm_nics', 'list[NestedVmNic]', F.NULLABLE)
