# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmNicParams(Model):
    __slots__ = ()
    _declared = """
connect_vlan_id str
enabled bool
gateway str
ip_address str
local_id str
mac_address str
mirror bool
model VmNicModel
nic_id str
qos VmNicQosOption
subnet_mask str
type VmNicType
vpc_nic VpcNicParams
"""
