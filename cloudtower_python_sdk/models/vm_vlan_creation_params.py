# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmVlanCreationParams(Model):
    _declared = """
mode_type VlanModeType S
name str RS
network_ids list[str] S
qos_burst int NS
qos_burst_unit ByteUnit S
qos_max_bandwidth int NS
qos_max_bandwidth_unit BPSUnit S
qos_min_bandwidth int NS
qos_min_bandwidth_unit BPSUnit S
qos_priority float{0,} S
vds_id str RS
vlan_id int{0,4095} S
"""
