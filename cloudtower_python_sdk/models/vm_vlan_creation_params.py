# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmVlanCreationParams(Model):
    __slots__ = ()
    _declared = """
mode_type VlanModeType
name str R
network_ids list[str]
qos_burst int N
qos_burst_unit ByteUnit
qos_max_bandwidth int N
qos_max_bandwidth_unit BPSUnit
qos_min_bandwidth int N
qos_min_bandwidth_unit BPSUnit
qos_priority float
vds_id str R
vlan_id int
"""
