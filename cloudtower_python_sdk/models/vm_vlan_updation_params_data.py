# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmVlanUpdationParamsData(Model):
    """The VmVlanUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/VmVlanUpdationParamsData.md.
    """
    __slots__ = ()
    mode_type = F('mode_type', 'VlanModeType')
    name = F('name', 'str')
    network_ids = F('network_ids', 'list[str]')
    qos_burst = F('qos_burst', 'int', F.NULLABLE)
    qos_burst_unit = F('qos_burst_unit', 'ByteUnit')
    qos_max_bandwidth = F('qos_max_bandwidth', 'int', F.NULLABLE)
    qos_max_bandwidth_unit = F('qos_max_bandwidth_unit', 'BPSUnit')
    qos_min_bandwidth = F('qos_min_bandwidth', 'int', F.NULLABLE)
    qos_min_bandwidth_unit = F('qos_min_bandwidth_unit', 'BPSUnit')
    qos_priority = F('qos_priority', 'float')
    vlan_id = F('vlan_id', 'int')
