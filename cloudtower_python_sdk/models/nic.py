# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Nic(Model):
    __slots__ = ()
    _declared = """
driver str N
driver_state NicDriverState N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
gateway_ip str N
host NestedHost R
ibdev str N
id str R
iommu_status IommuStatus N
ip_address str N
is_sriov bool N
labels list[NestedLabel] N
local_id str R
mac_address str R
max_vf_num int N
model str N
mtu int R
name str R
nic_uuid str N
physical bool R
rdma_enabled bool N
running bool R
speed int N
subnet_mask str N
total_vf_num int N
type NetworkType N
up bool R
used_vf_num int N
user_usage NicUserUsage N
vds NestedVds N
vms list[NestedVm] N
"""
